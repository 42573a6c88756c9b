FROM alpine:3.20 AS base
FORM x
EXPOSE 70000
EXPOSE 80/tcpx
HEALTHCHECK --retries=0 CMD true
MAINTAINER someone
FROM base AS base

FROM --platform=linux/amd64 alpine:3.20 AS base
from --platform=$TARGETPLATFORM alpine:3.20 AS other
CMD echo hi
COPY <<ONE <<TWO /etc/
one
ONE
two

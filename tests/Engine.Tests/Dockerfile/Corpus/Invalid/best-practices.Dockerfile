FROM ubuntu AS build
RUN cd /src && make | tee build.log
RUN apt-get update && apt-get install -y curl

FROM debian:latest
ADD app.txt /app/
RUN apt-get update && apt-get install -y jq=1.6-2.1
USER root

# Syntax the classic builder (DOCKER_BUILDKIT=0) accepts too; DockerfileBuildTests builds it FROM busybox.
ARG BASE=alpine:3.20
ARG VERSION=1.0

FROM ${BASE} AS build
ARG VERSION
ENV APP_HOME=/opt/app \
    MODE=release
WORKDIR $APP_HOME
RUN mkdir -p out \
    # a comment inside a continuation
    && echo "version ${VERSION}" > out/version \
    && echo "mode $MODE" >> out/version
COPY Dockerfile ./Dockerfile.copy

FROM ${BASE} AS runtime
LABEL org.opencontainers.image.title="classic" \
      org.opencontainers.image.version="1.0"
COPY --from=build /opt/app/out /app/
COPY --from=0 /opt/app/Dockerfile.copy /app/
WORKDIR /app
EXPOSE 8080/tcp 8081-8082/udp
VOLUME ["/data"]
HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD ["test", "-f", "/app/version"]
STOPSIGNAL SIGTERM
ONBUILD RUN echo "built from classic"
USER 65532:65532
ENTRYPOINT ["cat"]
CMD ["/app/version"]

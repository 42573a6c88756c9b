# syntax=docker/dockerfile:1.17
# Every flag BuildKit accepts today, and EXPOSE, stage-name and ONBUILD forms that must not be reported.
ARG BASE=alpine:3.20
FROM --platform=$BUILDPLATFORM ${BASE} AS build.base_1
RUN --mount=type=cache,target=/var/cache/apk,sharing=locked \
    --mount=type=secret,id=token,env=TOKEN \
    --mount=type=ssh \
    --network=none --security=sandbox \
    echo build
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d --chown=1:1 --chmod=644 --link https://example.com/a.tar.gz /tmp/
ADD --keep-git-dir=true https://github.com/moby/buildkit.git#v0.20.0 /src/buildkit
ADD --unpack=false --exclude=*.md a.tar.gz /opt/
ONBUILD COPY --from=build.base_1 --chown=app /out /app

FROM scratch AS final
COPY --from=build.base_1 --parents --exclude=*.test --chmod=755 --link=false /out/./bin/ /usr/local/
ARG PORT=8080
EXPOSE 80 443/tcp 53/udp 9000-9010/sctp 0 65535 ${PORT} $PORT/tcp
HEALTHCHECK --interval=30s --timeout=3s --start-period=0s --start-interval=5s --retries=3 CMD ["/healthz"]
ENTRYPOINT ["/usr/local/bin/app"]
CMD ["serve"]

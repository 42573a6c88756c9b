# Follows every best-practice rule (hadolint DL3002, DL3003, DL3006, DL3007, DL3008, DL3009, DL3020, DL4006):
# the corpus tests turn them all on for the valid files and expect nothing.
FROM debian:bookworm-20240701 AS build
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
WORKDIR /src
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u6 ca-certificates=20230311 \
    && curl -fsSL https://example.com/tool.tar.gz | tar -xz \
    && rm -rf /var/lib/apt/lists/*
ADD https://example.com/config.json /src/config.json
ADD vendor.tar.gz /src/vendor/

FROM gcr.io/distroless/static-debian12:nonroot@sha256:8dd8d3ca2cf283383304fd45a5c9c74d5f2cd9da8d3b077d720e264880077c65
COPY --from=build /src /app
USER nonroot:nonroot
ENTRYPOINT ["/app/tool"]

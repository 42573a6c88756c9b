# syntax=docker/dockerfile:1
ARG GO_VERSION=1.22
ARG BASE=alpine:3.20

FROM golang:${GO_VERSION} AS build
WORKDIR /src
COPY --link go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod \
    go mod download
COPY . .
RUN --mount=type=cache,target=/root/.cache/go-build \
    # comments inside a continuation are dropped by the builder
    CGO_ENABLED=0 go build -o /out/app ./cmd/app

FROM ${BASE} AS runtime
LABEL org.opencontainers.image.title="app" \
      org.opencontainers.image.description="An example"
ENV APP_HOME=/app PATH=/app/bin:$PATH
COPY --from=build --chmod=755 /out/app /app/bin/app
EXPOSE 8080/tcp
USER 65532:65532
HEALTHCHECK --interval=30s --timeout=3s CMD ["/app/bin/app", "health"]
STOPSIGNAL SIGTERM
VOLUME ["/data"]
ENTRYPOINT ["/app/bin/app"]
CMD ["serve"]

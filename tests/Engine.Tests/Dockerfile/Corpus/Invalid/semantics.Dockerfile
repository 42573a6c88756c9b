ARG VERSION=1
FROM alpine:$VERSON AS Build
COPY --from=5 /a /a
RUN --network=maybe true
RUN <<EOF
echo never terminated

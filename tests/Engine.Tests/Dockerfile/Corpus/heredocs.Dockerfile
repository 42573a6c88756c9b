# syntax=docker/dockerfile:1.7
FROM debian:bookworm
RUN <<EOF
set -eux
apt-get update
apt-get install -y --no-install-recommends curl
EOF
COPY <<-"CONF" /etc/app.conf
	listen 8080
	# not a Dockerfile comment: a line of the file
	CONF
RUN python3 <<PYTHON > /tmp/out
print("hello")
PYTHON
RUN cat << 'EOT' > /etc/motd
whitespace after << is allowed since BuildKit 0.22
EOT
CMD ["bash"]

# check=skip=ConsistentInstructionCasing,JSONArgsRecommended
FROM node:20-alpine
onbuild COPY package.json /app/
ONBUILD RUN npm install
arg NODE_ENV=production
env NODE_ENV=$NODE_ENV
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/a.tar.gz /tmp/
ADD --unpack=true a.tar.gz /opt/
RUN echo "a \
b" && echo 'c'
CMD node server.js

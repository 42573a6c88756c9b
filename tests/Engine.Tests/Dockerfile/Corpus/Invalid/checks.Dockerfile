# check=skip=MaintainerDeprecated;error=true
FROM scratch AS out
MAINTAINER me
WORKDIR app
ADD --unpack=true a.tar /x
HEALTHCHECK --start-period=0s CMD ["/x"]
COPY $UNDEFINED /y

FROM alpine
RUN echo crlf \
    && echo done

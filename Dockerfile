# Multi-stage build: compile with the Rust toolchain, run on a slim Debian as a
# non-root user. The runtime needs libpq (PostgreSQL) and OpenSSL (SMTP over TLS);
# SQLite is compiled in.
FROM rust:1-bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends libpq-dev libssl-dev pkg-config \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
COPY crates ./crates
COPY migrations ./migrations
COPY templates ./templates
COPY static ./static
COPY locales ./locales
COPY benches ./benches
RUN cargo build --release --locked --bin clustercord

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends libpq5 libssl3 ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --create-home --home-dir /var/lib/clustercord clustercord
COPY --from=build /src/target/release/clustercord /usr/local/bin/clustercord
USER clustercord
WORKDIR /var/lib/clustercord
# The allocator is mimalloc, tuned in the binary (crates/alloc-tuning): no malloc
# environment is needed (MIMALLOC_PURGE_DELAY would override it).
ENV CLUSTERCORD_BIND=0.0.0.0:8080 \
    DATABASE_URL=sqlite:///var/lib/clustercord/clustercord.db
EXPOSE 8080
ENTRYPOINT ["clustercord"]
CMD ["serve"]

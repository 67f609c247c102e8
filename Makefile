# Leadbridge: one entry point. `make run` starts the app, `make test` runs every check.
# Both install what they need on Debian and skip what is already there.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := run

# One target dir outside the clone, shared by every build, test and benchmark.
export CARGO_TARGET_DIR ?= $(HOME)/.cache/leadbridge/target
export PATH := $(HOME)/.cargo/bin:$(PATH)

APP := $(CARGO_TARGET_DIR)/debug/leadbridge-desktop
XVFB := xvfb-run -a -s "-screen 0 1280x800x24"

# What building the app needs (webkit2gtk 4.1 and the Secret Service client libraries).
BUILD_PACKAGES := build-essential pkg-config curl file libwebkit2gtk-4.1-dev libssl-dev \
	libayatana-appindicator3-dev librsvg2-dev libsecret-1-dev libdbus-1-dev
# What the headless tests need: a display, WebKit's WebDriver, a session bus and a keyring.
TEST_PACKAGES := xvfb xauth webkit2gtk-driver imagemagick dbus-x11 gnome-keyring

.PHONY: run test app ui bindings catalog bench system-deps test-system-deps tools e2e lint unit

run: system-deps ui app
	$(APP)

test: system-deps test-system-deps tools ui tests/e2e/node_modules/.package-lock.json
	cargo fmt --all --check
	cargo clippy --workspace --all-targets --locked -- -D warnings
	cd ui && npm run --silent check && npm run --silent lint && npm run --silent test
	cargo build --workspace --locked
	scripts/with-keyring cargo nextest run --workspace --locked --no-fail-fast
	cargo test --workspace --doc --locked
	$(MAKE) --no-print-directory e2e

e2e: tests/e2e/node_modules/.package-lock.json
	rm -rf test-output/e2e
	LEADBRIDGE_APP=$(APP) $(XVFB) npm --prefix tests/e2e run --silent e2e

app: ui
	cargo build -p leadbridge-desktop --locked

ui: ui/node_modules/.package-lock.json
	cd ui && npm run --silent build

bindings:
	UPDATE_BINDINGS=1 cargo test -p leadbridge-desktop --test bindings --locked

catalog:
	cargo run -p europace-codegen --locked -- catalog

bench: system-deps test-system-deps tools ui tests/e2e/node_modules/.package-lock.json
	cargo build --release --locked -p empty-window -p leadbridge-desktop -p startup-bench \
		-p outbox-flush-bench -p submit-bench -p upload-bench
	$(XVFB) scripts/with-keyring $(CARGO_TARGET_DIR)/release/startup-bench
	$(XVFB) node bench/form/run.mjs
	$(CARGO_TARGET_DIR)/release/outbox-flush-bench
	$(CARGO_TARGET_DIR)/release/submit-bench
	$(CARGO_TARGET_DIR)/release/upload-bench

ui/node_modules/.package-lock.json: ui/package-lock.json | system-deps
	cd ui && npm ci --no-fund --no-audit

tests/e2e/node_modules/.package-lock.json: tests/e2e/package-lock.json | system-deps
	cd tests/e2e && npm ci --no-fund --no-audit

system-deps:
	@scripts/apt-install $(BUILD_PACKAGES)
	@command -v node >/dev/null || scripts/apt-install nodejs npm
	@command -v cargo >/dev/null || { echo "Rust (cargo) fehlt: bitte rustup installieren." >&2; exit 1; }

test-system-deps:
	@scripts/apt-install $(TEST_PACKAGES)

tools:
	@command -v cargo-nextest >/dev/null || cargo install cargo-nextest --locked
	@command -v tauri-driver >/dev/null || cargo install tauri-driver --version '^2' --locked

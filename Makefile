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

# What building and running the app needs (webkit2gtk 4.1, the Secret Service client libraries,
# and xdg-utils: `xdg-open` starts the browser for „In Europace öffnen“).
BUILD_PACKAGES := build-essential pkg-config curl file libwebkit2gtk-4.1-dev libssl-dev \
	libayatana-appindicator3-dev librsvg2-dev libsecret-1-dev libdbus-1-dev xdg-utils
# What the headless tests need: a display, WebKit's WebDriver, a session bus and a keyring.
TEST_PACKAGES := xvfb xauth webkit2gtk-driver imagemagick dbus-x11 gnome-keyring

.PHONY: run test app ui bindings catalog bench system-deps test-system-deps tools e2e lint unit \
	package package-test reliability

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
	$(MAKE) --no-print-directory package-test

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

# The installable package: a .deb from the Tauri bundler (AppImage: see README, Package).
# The bundler runs with src-tauri as its project directory (its Cargo.toml has the package
# info a virtual workspace root lacks; src-tauri/tauri.conf.json links to the root config),
# and packaging/tauri.bundle.json adds the bundle settings, paths relative to src-tauri.
# PACKAGE_PROFILE=debug packages the debug build (what `make test` installs: no release build).
PACKAGE_PROFILE ?= release
package: system-deps ui packaging/node_modules/.package-lock.json
	rm -rf $(CARGO_TARGET_DIR)/$(PACKAGE_PROFILE)/bundle/deb
	cargo build -p leadbridge-desktop --locked $(if $(filter release,$(PACKAGE_PROFILE)),--release)
	cd src-tauri && TAURI_APP_PATH=. ../packaging/node_modules/.bin/tauri bundle --ci \
		$(if $(filter debug,$(PACKAGE_PROFILE)),--debug) --bundles deb --config ../packaging/tauri.bundle.json
	@ls $(CARGO_TARGET_DIR)/$(PACKAGE_PROFILE)/bundle/deb/*.deb

# Installs the package, starts it under Xvfb to its first frame, removes it (root only).
package-test: test-system-deps
	$(MAKE) --no-print-directory package PACKAGE_PROFILE=debug
	scripts/package-test $(CARGO_TARGET_DIR)/debug/bundle/deb

# Renders the figures the reliability tests wrote (test-output/reliability/) into the README.
reliability:
	node scripts/reliability-table.mjs

packaging/node_modules/.package-lock.json: packaging/package-lock.json | system-deps
	cd packaging && npm ci --no-fund --no-audit

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

#!/usr/bin/env bash
# One bootstrap for `make demo` and `make test`: a docker daemon, the systemd test image and the
# project venv with the collections the docker driver needs. Idempotent; the second run takes seconds.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${MIA_CACHE_DIR:-$ROOT/.cache}"
VENV="${MIA_VENV:-$ROOT/.venv}"
IMAGE="${MIA_TEST_IMAGE:-mia-defense-test:bookworm}"
SUITE="${MIA_TEST_SUITE:-bookworm}"
MIRROR="${MIA_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
# The `ansible` bundle wheel carries community.docker & co; Galaxy is unreachable here.
ANSIBLE_BUNDLE="${MIA_ANSIBLE_BUNDLE:-ansible==12.3.0}"
BUNDLED_COLLECTIONS=(community/docker community/library_inventory_filtering_v1 ansible/posix)
IMAGE_PACKAGES=python3,systemd,systemd-sysv,ca-certificates,iproute2,procps,python3-apt,curl

log() { printf '[bootstrap] %s\n' "$*" >&2; }
mkdir -p "$CACHE"

docker_answers() { docker info >/dev/null 2>&1; }

ensure_docker() {
  if docker_answers; then
    return
  fi
  if ! command -v dockerd >/dev/null 2>&1 || ! command -v debootstrap >/dev/null 2>&1; then
    [ "$(id -u)" = 0 ] || { log "no docker daemon answers and I am not root: start docker, then re-run"; exit 1; }
    log "installing docker.io and debootstrap from Debian packages"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker.io debootstrap >/dev/null
  fi
  log "starting dockerd (host networking only; log: $CACHE/dockerd.log)"
  # --bridge=none: no docker0, no private-range addresses; every container uses the host network.
  nohup dockerd --bridge=none --iptables=false --ip-masq=false >"$CACHE/dockerd.log" 2>&1 &
  for _ in $(seq 1 60); do
    docker_answers && return
    sleep 1
  done
  log "dockerd did not answer within 60 s; see $CACHE/dockerd.log"
  tail -n 20 "$CACHE/dockerd.log" >&2 || true
  exit 1
}

build_rootfs() {
  local rootfs="$1"
  command -v debootstrap >/dev/null 2>&1 || {
    log "debootstrap is needed to build $IMAGE (no registry is used): apt-get install debootstrap"
    exit 1
  }
  rm -rf "$rootfs"
  log "debootstrap $SUITE (about a minute)"
  debootstrap --variant=minbase --include="$IMAGE_PACKAGES" "$SUITE" "$rootfs" "$MIRROR" >"$CACHE/debootstrap.log" 2>&1 || {
    tail -n 20 "$CACHE/debootstrap.log" >&2
    exit 1
  }
  # Trust the same CAs as this host (a TLS-intercepting egress proxy needs them for pip in containers).
  if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    cp /usr/local/share/ca-certificates/*.crt "$rootfs/usr/local/share/ca-certificates/"
    chroot "$rootfs" update-ca-certificates >/dev/null
  fi
  cat >"$rootfs/etc/apt/sources.list" <<SOURCES
deb $MIRROR $SUITE main
deb $MIRROR $SUITE-updates main
deb ${MIRROR%/debian}/debian-security $SUITE-security main
SOURCES
  # Package postinst scripts must not start daemons on host ports (host networking):
  # roles start their own services.
  printf '#!/bin/sh\nexit 101\n' >"$rootfs/usr/sbin/policy-rc.d"
  chmod 0755 "$rootfs/usr/sbin/policy-rc.d"
  # An old mtime makes apt's cache_valid_time refresh the lists on first use.
  rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/archives/*.deb
  touch -d '2000-01-01' "$rootfs/var/lib/apt/lists"
  # No getty or udev noise inside test containers.
  rm -f "$rootfs"/etc/systemd/system/getty.target.wants/* "$rootfs"/lib/systemd/system/multi-user.target.wants/getty.target
}

ensure_image() {
  if docker image inspect "$IMAGE" >/dev/null 2>&1; then
    return
  fi
  local tarball="$CACHE/images/${IMAGE//[:\/]/_}.tar"
  if [ ! -s "$tarball" ]; then
    mkdir -p "$CACHE/images"
    local rootfs="$CACHE/rootfs-$SUITE"
    build_rootfs "$rootfs"
    tar -C "$rootfs" -cf "$tarball.tmp" .
    mv "$tarball.tmp" "$tarball"
    rm -rf "$rootfs"
  fi
  log "importing $IMAGE"
  docker import --change 'CMD ["/lib/systemd/systemd"]' --change 'ENV container=docker' "$tarball" "$IMAGE" >/dev/null
}

ensure_venv() {
  local stamp="$VENV/.requirements.sha256"
  local want
  want="$(sha256sum "$ROOT/requirements-dev.txt" | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    return
  fi
  log "creating venv $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check -r "$ROOT/requirements-dev.txt" 2> >(grep -v "^WARNING: Location" >&2)
  echo "$want" >"$stamp"
}

ensure_collections() {
  local dest="$CACHE/collections/ansible_collections"
  local stamp="$CACHE/collections/.bundle"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$ANSIBLE_BUNDLE" ]; then
    return
  fi
  log "unpacking ${BUNDLED_COLLECTIONS[*]} from the $ANSIBLE_BUNDLE wheel"
  local wheels="$CACHE/wheels"
  mkdir -p "$wheels" "$dest"
  "$VENV/bin/pip" download -q --disable-pip-version-check --no-deps -d "$wheels" "$ANSIBLE_BUNDLE" 2> >(grep -v "^WARNING: Location" >&2)
  local wheel
  wheel="$(ls -t "$wheels"/ansible-*.whl | head -n 1)"
  local patterns=()
  for c in "${BUNDLED_COLLECTIONS[@]}"; do
    rm -rf "${dest:?}/$c"
    patterns+=("ansible_collections/$c/*")
  done
  "$VENV/bin/python" - "$wheel" "$CACHE/collections" "${patterns[@]}" <<'PY'
import fnmatch, sys, zipfile
wheel, dest, patterns = sys.argv[1], sys.argv[2], sys.argv[3:]
with zipfile.ZipFile(wheel) as zf:
    zf.extractall(dest, [n for n in zf.namelist() if any(fnmatch.fnmatch(n, p) for p in patterns)])
PY
  echo "$ANSIBLE_BUNDLE" >"$stamp"
}

ensure_collection_link() {
  # Ansible, pytest and ansible-test find this collection through the cache's collection path.
  local link="$CACHE/collections/ansible_collections/mlsec/mia_defense"
  mkdir -p "$(dirname "$link")"
  [ -L "$link" ] || ln -s "$ROOT" "$link"
}

ensure_promtool() {
  # promtool (rule unit tests in `make unit`) without installing Debian's prometheus package, whose
  # postinst would start a server on :9090: only the binary is extracted from the .deb.
  local tools="$CACHE/tools"
  if [ -x "$tools/bin/promtool" ] && "$tools/bin/promtool" --version >/dev/null 2>&1; then
    return
  fi
  if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-deb >/dev/null 2>&1; then
    log "no apt-get/dpkg-deb: put promtool on PATH or set MIA_PROMTOOL for the monitoring rule tests"
    return
  fi
  log "extracting promtool from Debian's prometheus package into $tools/bin"
  local tmp
  tmp="$(mktemp -d)"
  # apt-get download runs as the calling user; lists older than the image's are fine for one package.
  if ! (cd "$tmp" && apt-get download -q prometheus >/dev/null 2>&1); then
    [ "$(id -u)" = 0 ] && apt-get update -qq && (cd "$tmp" && apt-get download -q prometheus >/dev/null 2>&1) || {
      log "could not download the prometheus package; the monitoring rule tests will fail"
      rm -rf "$tmp"
      return
    }
  fi
  dpkg-deb -x "$tmp"/prometheus_*.deb "$tmp/x"
  mkdir -p "$tools/bin"
  install -m 0755 "$tmp/x/usr/bin/promtool" "$tools/bin/promtool"
  rm -rf "$tmp"
}

case "${1:-all}" in
  venv) ensure_venv; ensure_collections; ensure_collection_link; ensure_promtool ;;
  all) ensure_docker; ensure_image; ensure_venv; ensure_collections; ensure_collection_link; ensure_promtool ;;
  *) log "usage: $0 [all|venv]"; exit 2 ;;
esac
log "ready"

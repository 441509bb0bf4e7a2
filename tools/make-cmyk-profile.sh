#!/usr/bin/env bash
# Makes src/main/resources/io/offerkit/imaging/decode/cmyk-fogra39.icc, the press profile OfferKit converts CMYK and YCCK
# JPEGs without an embedded profile with (CmykJpeg): ArgyllCMS' colprof on FOGRA39L, Fogra's characterization of
# coated offset printing (ISO 12647-2), as Debian's icc-profiles-free ships it (Zlib licence, Kai-Uwe Behrmann).
# Only the device-to-PCS (A2B) tables are made: OfferKit only reads CMYK. Needs apt-get (argyll, icc-profiles-free).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v colprof >/dev/null 2>&1 || { apt-get update -qq; apt-get install -y -qq --no-install-recommends argyll; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download icc-profiles-free >/dev/null && dpkg-deb -x icc-profiles-free_*.deb tree)
cp "$work/tree/usr/share/color/icc/FOGRA39L.ti3" "$work/"
(cd "$work" && colprof -qm -bn -nc -D "OfferKit CMYK (FOGRA39L, coated offset)" \
  -C "Made with ArgyllCMS colprof from Fogra's FOGRA39L data (icc-profiles-free, Zlib licence)" \
  -O cmyk-fogra39.icc FOGRA39L >/dev/null)
cp "$work/cmyk-fogra39.icc" src/main/resources/io/offerkit/imaging/decode/cmyk-fogra39.icc
ls -la src/main/resources/io/offerkit/imaging/decode/cmyk-fogra39.icc

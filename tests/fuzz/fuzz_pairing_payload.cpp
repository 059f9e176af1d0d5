// SPDX-License-Identifier: MIT
// Fuzz target for the pairing label parser. With LARDER_FUZZ=ON (clang), a libFuzzer binary:
//   build-fuzz/tests/fuzz_pairing_payload tests/fuzz/corpus/pairing
// Otherwise, linked with CorpusRunner.cpp, a corpus runner that feeds every file of the given
// folders through the same entry point (a ctest entry), so the corpus stays a regression suite.
#include "pairing/PairingPayload.h"

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto payload = larder::pairing::PairingPayload::parse(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    // Either a payload that round-trips, or a sentence: anything else is a bug.
    if (payload) {
        const auto again =
            larder::pairing::PairingPayload::parse(payload->toUri().toLatin1(), &error);
        if (!again || again->secret != payload->secret)
            __builtin_trap();
    } else if (error.isEmpty()) {
        __builtin_trap();
    }
    return 0;
}

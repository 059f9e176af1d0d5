// SPDX-License-Identifier: MIT
// Fuzz target for the fleet search's query parser. With LARDER_FUZZ=ON (clang), a libFuzzer
// binary:
//   build-fuzz/tests/fuzz_fleet_query tests/fuzz/corpus/fleet-query
// Otherwise, linked with CorpusRunner.cpp, a corpus runner (a ctest entry) that feeds every file of
// the given folders through the same entry point.
#include "larder-cloud/fleet/FleetQuery.h"

#include <cstdint>
#include <cstdio>

using namespace larder::cloud::fleet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = query::parse(text);
    // Either an error that says where (inside the query, or just past it) and why, or a query
    // whose canonical spelling means the same again: anything else is a bug.
    if (const auto *error = std::get_if<QueryError>(&parsed)) {
        if (error->message.isEmpty() || error->position < 1 ||
            error->position > std::max<qsizetype>(text.size(), query::maxChars) + 1)
            __builtin_trap();
        return 0;
    }
    const QString spelled = query::toString(std::get<QueryNode>(parsed));
    if (spelled.size() > query::maxChars)
        return 0; // the canonical spelling may be longer than a query may be
    const auto again = query::parse(spelled);
    if (!std::holds_alternative<QueryNode>(again) ||
        query::toString(std::get<QueryNode>(again)) != spelled)
        __builtin_trap();
    return 0;
}

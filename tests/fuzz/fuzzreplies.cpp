// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

// The libFuzzer entry point: build with -DTESSERA_FUZZ=ON and clang, then
//   build-fuzz/tests/fuzz/fuzz_replies tests/fuzz/corpus -max_total_time=60
// Inputs it finds that fail belong in tests/fuzz/corpus (replay_fuzz_corpus).

#include "replyprobe.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)ReplyProbe::run(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}

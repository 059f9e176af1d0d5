// SPDX-License-Identifier: MIT
// The corpus runner every fuzz target links when it is not a libFuzzer binary: feeds every file
// of the folders given on the command line through the target's LLVMFuzzerTestOneInput (a ctest
// entry), so each corpus stays a regression suite.
#include <QDirIterator>
#include <QFile>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    int inputs = 0;
    for (int i = 1; i < argc; ++i) {
        QDirIterator it(QString::fromLocal8Bit(argv[i]), QDir::Files);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                return 2;
            const QByteArray data = file.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()),
                                   size_t(data.size()));
            ++inputs;
        }
    }
    std::printf("%d corpus input(s) parsed without a crash\n", inputs);
    return inputs > 0 ? 0 : 1;
}

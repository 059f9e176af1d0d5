// SPDX-License-Identifier: MIT
// What larder-cloud accepts as an e-mail address and as a display name.
#include "common/InputHygiene.h"

#include <QTest>

using namespace larder::cloud;

class TestInputHygiene : public QObject
{
    Q_OBJECT
private slots:
    void emailAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "ann@example.com" << true;
        QTest::newRow("plus and dots") << "ann.b+larder@mail.example.co.uk" << true;
        QTest::newRow("CR LF header injection")
            << "ann@example.com\r\nBcc: all@example.com" << false;
        QTest::newRow("LF only") << "ann@example.com\nX: y" << false;
        QTest::newRow("NUL") << QString::fromUtf8("ann@example.com\0x", 17) << false;
        QTest::newRow("space") << "ann @example.com" << false;
        QTest::newRow("quotes") << "\"ann\"@example.com" << false;
        QTest::newRow("angle brackets") << "Ann <ann@example.com>" << false;
        QTest::newRow("two at signs") << "ann@b@example.com" << false;
        QTest::newRow("no domain dot") << "ann@localhost" << false;
        QTest::newRow("dot at start") << ".ann@example.com" << false;
        QTest::newRow("double dot") << "ann..b@example.com" << false;
        QTest::newRow("label with hyphen at end") << "ann@example-.com" << false;
        QTest::newRow("bidi override") << QString::fromUtf8("ann\u202E@example.com") << false;
        QTest::newRow("ESC") << "ann\x1b[31m@example.com" << false;
        QTest::newRow("too long") << QString(250, u'a') + "@example.com" << false;
        QTest::newRow("empty") << "" << false;
    }
    void emailAddresses()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(hygiene::isEmailAddress(text), valid);
    }
    void displayNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("clean"); // empty: refused
        QTest::newRow("plain") << "Home"
                               << "Home";
        QTest::newRow("trimmed and collapsed") << "  Holiday   house \t"
                                               << "Holiday house";
        QTest::newRow("NUL and ESC") << QString::fromUtf8("Ho\0me\x1b[2J", 9) << "Home[2J";
        QTest::newRow("bidi override") << QString::fromUtf8("Home\u202Egnp.exe") << "Homegnp.exe";
        QTest::newRow("bidi isolate") << QString::fromUtf8("\u2066Home\u2069") << "Home";
        QTest::newRow("zero width") << QString::fromUtf8("Ho\u200Bme") << "Home";
        QTest::newRow("line separator")
            << QString::fromUtf8("Home\u2028Fake line") << "Home Fake line";
        QTest::newRow("newline") << "Home\nFake line"
                                 << "Home Fake line";
        QTest::newRow("accents composed")
            << QString::fromUtf8("Cre\u0301pes") << QString::fromUtf8("Cr\u00E9pes");
        QTest::newRow("emoji kept")
            << QString::fromUtf8("Fridge \U0001F9CA") << QString::fromUtf8("Fridge \U0001F9CA");
        QTest::newRow("only controls") << QString::fromUtf8("\x01\x02\u202E") << "";
        QTest::newRow("too long") << QString(61, u'x') << "";
        QTest::newRow("Hangul fillers only") << QString::fromUtf8("\u3164\u115F\uFFA0") << "";
        QTest::newRow("braille blanks only") << QString::fromUtf8("\u2800\u2800") << "";
        QTest::newRow("a grapheme joiner") << QString::fromUtf8("Ho\u034Fme") << "Home";
        QTest::newRow("Zalgo") << QString::fromUtf8("H\u0301\u0302\u0303\u0304\u0305\u0306\u0307i")
                               << QString::fromUtf8("H\u0301\u0302\u0303\u0304i");
        QTest::newRow("an accent kept")
            << QString::fromUtf8("Cafe\u0301") << QString::fromUtf8("Caf\u00E9");
    }
    void displayNames()
    {
        QFETCH(QString, text);
        QFETCH(QString, clean);
        const auto result = hygiene::displayName(text);
        QCOMPARE(result.value_or(QString()), clean);
    }

    void texts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("clean"); ///< "-" when refused (too long)
        QTest::newRow("plain") << "Milk is gone"
                               << "Milk is gone";
        QTest::newRow("lines kept") << "Step 1\nStep 2"
                                    << "Step 1\nStep 2";
        QTest::newRow("CR LF") << "Step 1\r\nStep 2"
                               << "Step 1\nStep 2";
        QTest::newRow("one blank line at most") << "A\n\n\n\nB"
                                                << "A\n\nB";
        QTest::newRow("trimmed around") << "\n\n  A  \n\n"
                                        << "A";
        QTest::newRow("bidi override")
            << QString::fromUtf8("Dinner at 7\u202E8 ta") << "Dinner at 78 ta";
        QTest::newRow("zero width and ESC") << QString::fromUtf8("Mi\u200Blk\x1b[2J") << "Milk[2J";
        QTest::newRow("paragraph separator") << QString::fromUtf8("A\u2029B") << "A\nB";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("Chinese kept")
            << QString::fromUtf8("牛奶没了") << QString::fromUtf8("牛奶没了");
        QTest::newRow("too long") << QString(501, u'x') << "-";
    }
    void texts()
    {
        QFETCH(QString, text);
        QFETCH(QString, clean);
        const auto result = hygiene::text(text, 500);
        QCOMPARE(result.value_or(QStringLiteral("-")), clean);
    }
};

QTEST_GUILESS_MAIN(TestInputHygiene)
#include "tst_inputhygiene.moc"

// SPDX-License-Identifier: MIT
// Every translation Larder ships is complete and faithful: lupdate run over today's sources
// finds no string the .ts lacks, lrelease reports 0 unfinished, every translation keeps its
// source's placeholders (%1, %n…), and the pseudo-locale doubles every word but no placeholder.
#include "alerts/AlertWords.h"
#include "api/CloudSentences.h"
#include "display/Translations.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context, source;
    QStringList translations; ///< one, or one per plural form
    bool unfinished = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message")
            current = Message{context, {}, {}, false};
        else if (xml.name() == u"source")
            current.source = xml.readElementText();
        else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            current.unfinished = type == u"unfinished";
            if (type == u"vanished" || type == u"obsolete")
                continue;
            // Either text, or <numerusform> children.
            QString text;
            bool forms = false;
            while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                if (xml.isStartElement() && xml.name() == u"numerusform") {
                    forms = true;
                    current.translations << xml.readElementText();
                }
            }
            if (!forms)
                current.translations << text;
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:n|\\d+)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

QStringList shippedTs()
{
    const QDir dir(QStringLiteral(LARDER_SOURCE_DIR "/resources/translations"));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("larder_*.ts")}))
        files << dir.filePath(name);
    return files;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void chineseIsShipped() { QVERIFY(!shippedTs().filter(QStringLiteral("zh_CN")).isEmpty()); }

    void everyMessageIsTranslatedFaithfully_data()
    {
        QTest::addColumn<QString>("ts");
        for (const QString &ts : shippedTs())
            QTest::newRow(qPrintable(QFileInfo(ts).fileName())) << ts;
    }
    void everyMessageIsTranslatedFaithfully()
    {
        QFETCH(QString, ts);
        QString error;
        const QList<Message> messages = readTs(ts, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 500);
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            if (m.unfinished)
                problems << QStringLiteral("unfinished: ") + where;
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty())
                    problems << QStringLiteral("empty: ") + where;
                else if (placeholders(t) != placeholders(m.source))
                    problems << QStringLiteral("placeholders differ: %1 → %2").arg(where, t);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void lreleaseReportsNothingUnfinished()
    {
        for (const QString &ts : shippedTs()) {
            QTemporaryDir out;
            QProcess lrelease;
            lrelease.setProcessChannelMode(QProcess::MergedChannels);
            lrelease.start(QStringLiteral(LRELEASE), {ts, "-qm", out.filePath("check.qm")});
            QVERIFY(lrelease.waitForFinished(30000));
            const QString output = QString::fromUtf8(lrelease.readAll());
            QCOMPARE(lrelease.exitCode(), 0);
            QVERIFY2(output.contains(QStringLiteral(" 0 unfinished")), qPrintable(output));
        }
    }

    // A string added to a screen but not to the translations shows in English to a Chinese
    // reader: lupdate over today's sources, into a copy, must find nothing new.
    void theTranslationsKnowEveryStringOfTheSources()
    {
        for (const QString &ts : shippedTs()) {
            QTemporaryDir dir;
            const QString copy = dir.filePath(QFileInfo(ts).fileName());
            QVERIFY(QFile::copy(ts, copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            QProcess lupdate;
            lupdate.setProcessChannelMode(QProcess::MergedChannels);
            lupdate.start(QStringLiteral(LUPDATE),
                          {QStringLiteral(LARDER_SOURCE_DIR "/qml"),
                           QStringLiteral(LARDER_SOURCE_DIR "/core"),
                           QStringLiteral(LARDER_SOURCE_DIR "/app"), "-extensions", "qml,cpp",
                           "-locations", "none", "-no-obsolete", "-ts", copy});
            QVERIFY(lupdate.waitForFinished(60000));
            const QString output = QString::fromUtf8(lupdate.readAll());
            QCOMPARE(lupdate.exitCode(), 0);
            QVERIFY2(output.contains(QStringLiteral("(0 new and")), qPrintable(output));
            QString error;
            const auto messages = readTs(copy, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            for (const Message &m : messages)
                QVERIFY2(!m.unfinished, qPrintable(m.context + QStringLiteral(": ") + m.source));
        }
    }

    void pseudoLocaleDoublesWordsAndKeepsPlaceholders_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "Shopping"
                               << "SShhooppppiinngg";
        QTest::newRow("argument") << "Shopping · %1"
                                  << "SShhooppppiinngg · %1";
        QTest::newRow("plural") << "%n items"
                                << "%n iitteemmss";
        QTest::newRow("localized") << "%L1 kg"
                                   << "%L1 kkgg";
        QTest::newRow("Chinese") << "冰箱"
                                 << "冰冰箱箱";
    }
    void pseudoLocaleDoublesWordsAndKeepsPlaceholders()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QCOMPARE(larder::display::PseudoTranslator::lengthen(source), expected);
    }

    // The cloud's refusals reach a Chinese reader in Chinese (by their code), an English one in
    // the cloud's own, more precise words; an unknown code keeps the cloud's sentence.
    void cloudRefusalsSpeakTheReadersLanguage()
    {
        using larder::api::CloudSentences;
        const QString message = QStringLiteral("No such fridge.");
        QCOMPARE(CloudSentences::forRefusal(404, "NotFound", message), message);
        QCOMPARE(CloudSentences::forRefusal(409, "Strange", "Odd."), QStringLiteral("Odd."));
        QCOMPARE(CloudSentences::forRefusal(404, "", ""),
                 QStringLiteral("That is no longer there. It may have been removed, or you are "
                                "no longer in its family."));
        QTemporaryDir out;
        QProcess lrelease;
        lrelease.start(
            QStringLiteral(LRELEASE),
            {shippedTs().filter(QStringLiteral("zh_CN")).first(), "-qm", out.filePath("zh.qm")});
        QVERIFY(lrelease.waitForFinished(30000));
        QTranslator chinese;
        QVERIFY(chinese.load(out.filePath("zh.qm")));
        QCoreApplication::installTranslator(&chinese);
        QCOMPARE(CloudSentences::forRefusal(404, "NotFound", message),
                 QStringLiteral("这项内容已不存在。它可能已被删除，或者你已不在这个家庭中。"));
        QCOMPARE(CloudSentences::forRefusal(400, "SomethingNew", "Bad input."),
                 QStringLiteral("Larder 无法接受此内容。请检查输入的内容。")); // by its status
        QCOMPARE(CloudSentences::forRefusal(403, "Forbidden", "Only the owner may."),
                 QStringLiteral("只有家庭的所有者可以这样做。"));
        QCOMPARE(CloudSentences::forRefusal(418, "Teapot", "Short and stout."),
                 QStringLiteral("Short and stout.")); // nothing to say it by
        // An alert composed from its details, not the cloud's English.
        QLocale::setDefault(QLocale::c());
        QCOMPARE(larder::alerts::AlertWords::sentence("doorOpen", true, 12, 0, 0, 0,
                                                      "The door has been open for 12 minutes."),
                 QStringLiteral("冰箱门已开了 12 分钟。"));
        QCOMPARE(larder::alerts::AlertWords::sentence("useSoon", false, 3, 0, 0, 0,
                                                      "3 things to use by tomorrow: A, B, C."),
                 QStringLiteral("有 3 样食物需要在明天前吃完。"));
        QCoreApplication::removeTranslator(&chinese);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

// SPDX-License-Identifier: MIT
// The live camera's sessions on the fridge (camera::CameraSessions, pure), table-driven: each
// row a story of offers, connections, words from viewers, byes and time passing, and what the
// fridge decided — three viewers at most, the fourth refused; an offer again restarts; a flood
// of offers goes unanswered; a viewer that never connects, or goes quiet, is ended; the fridge
// encodes only while someone watches.
#include "camera/CameraSessions.h"

#include <QTest>

using larder::camera::CameraSessions;

namespace {
struct Step
{
    enum Kind { Offer, Connected, Heard, Bye, Expire } kind;
    QString session;
    qint64 at = 0;
};
using Story = QList<Step>;
Step offer(const char *s, qint64 at)
{
    return {Step::Offer, QLatin1String(s), at};
}
Step connected(const char *s, qint64 at)
{
    return {Step::Connected, QLatin1String(s), at};
}
Step heard(const char *s, qint64 at)
{
    return {Step::Heard, QLatin1String(s), at};
}
Step bye(const char *s)
{
    return {Step::Bye, QLatin1String(s), 0};
}
Step expire(qint64 at)
{
    return {Step::Expire, {}, at};
}
} // namespace

Q_DECLARE_METATYPE(Story)

class TestCameraSessions : public QObject
{
    Q_OBJECT
private slots:
    void stories_data()
    {
        QTest::addColumn<Story>("story");
        QTest::addColumn<QString>("said");
        QTest::addColumn<int>("viewers");
        QTest::newRow("one viewer") << Story{offer("a", 0), connected("a", 500)} << "a:start" << 1;
        QTest::newRow("three at once, the fourth refused")
            << Story{offer("a", 0), offer("b", 1), offer("c", 2), offer("d", 3)}
            << "a:start b:start c:start d:full" << 3;
        QTest::newRow("one leaves, the next may come")
            << Story{offer("a", 0), offer("b", 1), offer("c", 2), bye("b"), offer("d", 3)}
            << "a:start b:start c:start bye:b d:start" << 3;
        QTest::newRow("back after a network drop: the same session restarts")
            << Story{offer("a", 0), connected("a", 100), offer("a", 5000)} << "a:start a:restart"
            << 1;
        QTest::newRow("never connected: ended after 15 s")
            << Story{offer("a", 0), expire(14'999), expire(15'000)} << "a:start ended:a" << 0;
        QTest::newRow("connected, then quiet for 6 s (four keep-alives missed): ended")
            << Story{offer("a", 0), connected("a", 1000), heard("a", 20'000), expire(25'999),
                     expire(26'000)}
            << "a:start ended:a" << 0;
        QTest::newRow("one session offered again and again: its seventh restart refused")
            << Story{offer("a", 0), offer("a", 1), offer("a", 2), offer("a", 3), offer("a", 4),
                     offer("a", 5), offer("a", 6), offer("a", 7), offer("b", 8), offer("a", 60'002)}
            << "a:start a:restart a:restart a:restart a:restart a:restart a:restart a:flood "
               "b:start a:restart"
            << 2;
        QTest::newRow("refused viewers cost nothing: a busy fridge still takes the next")
            << Story{offer("a", 0),  offer("b", 1),  offer("c", 2),  offer("d", 3), offer("e", 4),
                     offer("f", 5),  offer("g", 6),  offer("h", 7),  offer("i", 8), offer("j", 9),
                     offer("k", 10), offer("l", 11), offer("m", 12), bye("a"),      offer("n", 13)}
            << "a:start b:start c:start d:full e:full f:full g:full h:full i:full j:full k:full "
               "l:full m:full bye:a n:start"
            << 3;
        QTest::newRow("a flood of new sessions: the thirteenth start in a minute refused")
            << Story{offer("a", 0),  bye("a"),          offer("b", 1),  bye("b"),
                     offer("c", 2),  bye("c"),          offer("d", 3),  bye("d"),
                     offer("e", 4),  bye("e"),          offer("f", 5),  bye("f"),
                     offer("g", 6),  bye("g"),          offer("h", 7),  bye("h"),
                     offer("i", 8),  bye("i"),          offer("j", 9),  bye("j"),
                     offer("k", 10), bye("k"),          offer("l", 11), bye("l"),
                     offer("m", 12), offer("m", 60'000)}
            << "a:start bye:a b:start bye:b c:start bye:c d:start bye:d e:start bye:e f:start "
               "bye:f g:start bye:g h:start bye:h i:start bye:i j:start bye:j k:start bye:k "
               "l:start bye:l m:flood m:start"
            << 1;
        QTest::newRow("a bye for no session changes nothing")
            << Story{bye("x"), offer("a", 0)} << "a:start" << 1;
    }
    void stories()
    {
        QFETCH(Story, story);
        QFETCH(QString, said);
        QFETCH(int, viewers);
        CameraSessions sessions;
        QStringList out;
        for (const Step &step : story) {
            switch (step.kind) {
            case Step::Offer: {
                const auto verdict = sessions.offer(step.session, step.at);
                static const char *names[] = {"start", "restart", "full", "flood"};
                out << step.session + ":" + names[int(verdict)];
                break;
            }
            case Step::Connected:
                sessions.connected(step.session, step.at);
                break;
            case Step::Heard:
                sessions.heard(step.session, step.at);
                break;
            case Step::Bye:
                if (sessions.end(step.session))
                    out << "bye:" + step.session;
                break;
            case Step::Expire:
                for (const QString &ended : sessions.expire(step.at))
                    out << "ended:" + ended;
                break;
            }
        }
        QCOMPARE(out.join(' '), said);
        QCOMPARE(sessions.viewers(), viewers);
        QCOMPARE(sessions.encoding(), viewers > 0);
    }
    void theRefusalIsASentence()
    {
        QCOMPARE(CameraSessions().refusal(),
                 QStringLiteral("3 people are watching this fridge already; try again in a "
                                "moment."));
        QVERIFY(CameraSessions({1, 12, 6, 15'000, 30'000}).refusal().startsWith("Someone"));
        QVERIFY(CameraSessions::floodRefusal().contains("minute"));
    }
};

QTEST_GUILESS_MAIN(TestCameraSessions)
#include "tst_camerasessions.moc"

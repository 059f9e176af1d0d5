// SPDX-License-Identifier: MIT
// media::VoiceRecorder against a real PulseAudio server (VirtualAudio: a 440 Hz tone as the
// microphone) through Qt Multimedia: a take is an Ogg file of the length the clock showed; the
// time limit ends a take by itself; a discarded take, or one whose screen went mid-recording,
// leaves no file behind.
#include "VirtualAudio.h"

#include "media/VoiceRecorder.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using larder::media::VoiceRecorder;

class TestVoiceRecorder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(m_audio.start(), qPrintable(m_audio.log())); }

    void aTakeIsAnOggFileOfItsLength()
    {
        VoiceRecorder recorder;
        recorder.setDirectory(m_dir.filePath("takes"));
        QVERIFY(recorder.available());
        QSignalSpy finished(&recorder, &VoiceRecorder::finished);
        recorder.start();
        QVERIFY2(recorder.recording(), qPrintable(recorder.error()));
        QTRY_VERIFY_WITH_TIMEOUT(recorder.duration() >= 1000, 15000);
        recorder.stop();
        QVERIFY(finished.wait(10000));
        const QString file = finished.at(0).at(0).toString();
        QCOMPARE(recorder.file(), file);
        QVERIFY(file.endsWith(".ogg"));
        QFile take(file);
        QVERIFY(take.open(QIODevice::ReadOnly));
        QCOMPARE(take.read(4), QByteArray("OggS"));
        QVERIFY(finished.at(0).at(1).toLongLong() >= 1000);
        QVERIFY(recorder.error().isEmpty());
        // Discarding a finished take deletes it.
        recorder.discard();
        QVERIFY(!QFile::exists(file));
        QVERIFY(recorder.file().isEmpty());
    }

    void theTimeLimitEndsATake()
    {
        VoiceRecorder recorder;
        recorder.setDirectory(m_dir.filePath("limited"));
        recorder.setMaxSeconds(1);
        QSignalSpy finished(&recorder, &VoiceRecorder::finished);
        recorder.start();
        QVERIFY2(finished.wait(15000), qPrintable(recorder.error()));
        QVERIFY(!recorder.recording());
        const qint64 length = finished.at(0).at(1).toLongLong();
        QVERIFY2(length > 0 && length <= 1500, qPrintable(QString::number(length)));
    }

    void aDiscardedTakeLeavesNothing()
    {
        VoiceRecorder recorder;
        recorder.setDirectory(m_dir.filePath("discarded"));
        QSignalSpy finished(&recorder, &VoiceRecorder::finished);
        recorder.start();
        QTRY_VERIFY_WITH_TIMEOUT(recorder.duration() >= 300, 15000);
        recorder.discard();
        QTRY_VERIFY_WITH_TIMEOUT(!recorder.recording(), 10000);
        QCOMPARE(finished.count(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(QDir(m_dir.filePath("discarded")).isEmpty(), 5000);
    }

    void aScreenGoneMidTakeLeavesNothing()
    {
        // The recorder goes while recording (its page closed): no crash, and once its pipeline
        // has ended, no file.
        auto *recorder = new VoiceRecorder;
        recorder->setDirectory(m_dir.filePath("abandoned"));
        recorder->start();
        QTRY_VERIFY_WITH_TIMEOUT(recorder->duration() >= 300, 15000);
        delete recorder;
        QTRY_VERIFY_WITH_TIMEOUT(QDir(m_dir.filePath("abandoned")).isEmpty(), 5000);
        // A new take after that works as before.
        VoiceRecorder next;
        next.setDirectory(m_dir.filePath("after"));
        QSignalSpy finished(&next, &VoiceRecorder::finished);
        next.start();
        QTRY_VERIFY_WITH_TIMEOUT(next.duration() >= 300, 15000);
        next.stop();
        QVERIFY(finished.wait(10000));
    }

private:
    VirtualAudio m_audio;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestVoiceRecorder)
#include "tst_voicerecorder.moc"

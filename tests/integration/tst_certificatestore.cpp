// SPDX-License-Identifier: MIT
// The certificate registry's add: a certificate added again, or a new one with a name already
// in use, takes the place of what was there (the broker knows one certificate per name), and a
// replaced row keeps no ownership token.
#include "larder-cloud/CloudStore.h"
#include "larder-cloud/provisioning/CertificateStore.h"

#include "StoreEngines.h"

#include <QTemporaryDir>
#include <QTest>

using namespace larder::cloud;

class TestCertificateStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<CloudStore> m_store;
    CertificateStore m_certificates{QStringLiteral("certs")};

    static DeviceCertificate pending(const QString &id, const QString &cn)
    {
        return {id,
                cn,
                CertificateStore::pending,
                {},
                QStringLiteral("kiosk"),
                QStringLiteral("LRD00000001"),
                1'800'000'000,
                1'900'000'000};
    }

private slots:
    // Every case on each engine, each on a new database.
    void initTestCase_data() { storeengines::addRows(); }
    void init()
    {
        m_store.reset();
        QFETCH_GLOBAL(QString, engine);
        QString error;
        const QString location = storeengines::freshLocation(engine, m_dir.path(), &error);
        QVERIFY2(!location.isEmpty(), qPrintable(error));
        m_store = std::make_unique<CloudStore>(location, QStringLiteral("certs"));
        QVERIFY2(m_store->open(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_store.reset(); }

    void aNewCertificateIsFoundByIdAndName()
    {
        QVERIFY(m_certificates.add(pending(QStringLiteral("a1"), QStringLiteral("lc-1"))));
        const auto byId = m_certificates.byId(QStringLiteral("a1"));
        QVERIFY(byId);
        QCOMPARE(byId->cn, QStringLiteral("lc-1"));
        QCOMPARE(byId->expires, 1'900'000'000);
        QCOMPARE(m_certificates.byCn(QStringLiteral("lc-1"))->id, QStringLiteral("a1"));
    }

    void aNewCertificateForAUsedNameReplacesTheOld()
    {
        // `larder-cloud device-cert` run again for the same thing: one name, a new key.
        QVERIFY(m_certificates.add(pending(QStringLiteral("a1"), QStringLiteral("LRD00000001"))));
        QVERIFY(m_certificates.setStatus(QStringLiteral("a1"), CertificateStore::active));
        QVERIFY(m_certificates.add(pending(QStringLiteral("b2"), QStringLiteral("LRD00000001"))));
        QVERIFY(!m_certificates.byId(QStringLiteral("a1")));
        QCOMPARE(m_certificates.byCn(QStringLiteral("LRD00000001"))->id, QStringLiteral("b2"));
    }

    void aCertificateAddedAgainLosesItsToken()
    {
        QVERIFY(m_certificates.add(pending(QStringLiteral("a1"), QStringLiteral("lc-1"))));
        QVERIFY(m_certificates.setOwnershipToken(QStringLiteral("a1"), "hash", 1'800'000'600));
        QVERIFY(m_certificates.byOwnershipToken("hash", 1'800'000'100));
        QVERIFY(m_certificates.add(pending(QStringLiteral("a1"), QStringLiteral("lc-1"))));
        QVERIFY(!m_certificates.byOwnershipToken("hash", 1'800'000'100));
        QVERIFY(m_certificates.byId(QStringLiteral("a1")));
    }

    void anIdAndANameOfTwoRowsReplaceBoth()
    {
        QVERIFY(m_certificates.add(pending(QStringLiteral("a1"), QStringLiteral("lc-1"))));
        QVERIFY(m_certificates.add(pending(QStringLiteral("b2"), QStringLiteral("lc-2"))));
        QVERIFY(m_certificates.add(pending(QStringLiteral("a1"), QStringLiteral("lc-2"))));
        QVERIFY(!m_certificates.byId(QStringLiteral("b2")));
        QVERIFY(!m_certificates.byCn(QStringLiteral("lc-1")));
        QCOMPARE(m_certificates.byCn(QStringLiteral("lc-2"))->id, QStringLiteral("a1"));
    }
};

QTEST_GUILESS_MAIN(TestCertificateStore)
#include "tst_certificatestore.moc"

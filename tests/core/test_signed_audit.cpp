// The signed audit log (issue 16), checked as an auditor would: with no keychain, no database key
// and no sign-in (AuditInspector), and as each console does at start-up (the witness). Each kind of
// bad input is made directly in the database, as someone with SQL access (or another approved
// computer's key) would: an entry with a right hash chain but no valid signature, an entry
// re-signed with another computer's key, a revoked computer signing after its revocation, edited,
// deleted, reordered and truncated entries, a checkpoint from a forked history, an export with one
// byte changed, and a log written before entries were signed.
#include "CoreFixture.h"
#include "audit/AuditFormat.h"
#include "audit/AuditInspector.h"
#include "audit/MerkleTree.h"
#include "security/ComputerIdentity.h"
#include "security/DatabaseSecrets.h"
#include "security/Keychain.h"
#include "security/Totp.h"
#include "services/ComputerAccess.h"
#include "storage/AuditStore.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QMessageAuthenticationCode>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>
#include <sodium.h>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

namespace {

const QString kPassword = QStringLiteral("a long enough password");

/// The fixture's computer and a second one, approved by the Super Administrator.
struct TwoComputers
{
    qint64 now = QDateTime::currentSecsSinceEpoch();
    CoreFixture fixture {true, [this] { return now; }};
    QByteArray superSecret;
    Keychain secondKeychain {QStringLiteral("warden-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces)};
    qint64 secondId = 0;

    TwoComputers()
    {
        superSecret = fixture.enroll(P::Super, kPassword);
        fixture.enroll(P::Full, kPassword);
        auto connection = std::move(Database::open(fixture.database().location())).value();
        ComputerAccess access(*connection, secondKeychain, [this] { return now; });
        auto ticket = access.request(CoreFixture::email(P::Full), kPassword, QStringLiteral("laptop"));
        if (!ticket) {
            qFatal("%s", qPrintable(ticket.refusal().message));
        }
        secondId = ticket.value().id;
        if (auto approved = fixture.core().computers().approve(fixture.actor(P::Super), secondId,
                                                               ticket.value().fingerprint, kPassword, code());
            !approved) {
            qFatal("%s", qPrintable(approved.refusal().message));
        }
    }
    QString code()
    {
        now += 30;
        return Totp::codeAt(superSecret, now);
    }
    std::unique_ptr<CoreServices> secondConsole()
    {
        auto opened = CoreServices::open(fixture.database().location(), secondKeychain);
        if (!opened) {
            qFatal("%s", qPrintable(opened.refusal().message));
        }
        return std::move(opened).value();
    }
    [[nodiscard]] ComputerIdentity secondIdentity()
    {
        return std::move(*ComputerIdentity::load(secondKeychain, fixture.core().database().databaseId()).value());
    }
};

ComputerIdentity identityOf(CoreFixture& f)
{
    return std::move(*ComputerIdentity::load(Keychain(), f.core().database().databaseId()).value());
}

/// A few entries beyond the seeding ones; returns the newest entry's number.
qint64 writeSome(CoreFixture& f, int from = 0, int count = 5)
{
    for (int i = from; i < from + count; ++i) {
        auto added = f.core().roles().addMembers(f.actor(P::Basic), f.role(QStringLiteral("Gateway Administrator")).id,
                                                 {CoreFixture::plainUser(i)});
        if (!added) {
            qFatal("%s", qPrintable(added.refusal().message));
        }
    }
    return f.core().audit().nextSeq().value() - 1;
}

/// Checked as an auditor would: no keychain, no key.
AuditVerification inspect(CoreFixture& f)
{
    auto report = AuditInspector(f.core().database()).verify();
    if (!report) {
        qFatal("%s", qPrintable(report.refusal().message));
    }
    return report.value();
}

QString why(const AuditVerification& report)
{
    return QStringLiteral("%1 at %2: %3").arg(report.reason).arg(report.firstBrokenSeq).arg(report.problem);
}

/// Appends an entry straight into the table with a correct hash chain, signed by `signer` (or
/// carrying a signature of nobody's), naming `computerId`.
qint64 forgeEntry(CoreFixture& f, qint64 computerId, const ComputerIdentity* signer)
{
    AuditStore store(f.core().database());
    const AuditRecord last = store.newest().value();
    AuditRecord forged;
    forged.seq = last.seq + 1;
    forged.at = QStringLiteral("2026-01-01T00:00:00.000Z");
    forged.computerId = computerId;
    forged.actor = CoreFixture::email(P::Super);
    forged.accountCode = QStringLiteral("ACME");
    forged.action = QStringLiteral("role.member.add");
    forged.target = QStringLiteral("Super Administrator");
    forged.after = QStringLiteral("{\"added\":[\"mallory@acme.test\"]}");
    const QByteArray hash = AuditFormat::entryHash(forged, QByteArray::fromHex(last.hash.toLatin1()));
    forged.hash = QString::fromLatin1(hash.toHex());
    const QByteArray message = AuditFormat::entryMessage(f.core().database().databaseId(), hash);
    forged.signature = QString::fromLatin1(
        (signer != nullptr ? signer->sign(message) : QByteArray(crypto_sign_BYTES, '\x5a')).toBase64());
    if (auto done = store.insert(forged); !done) {
        qFatal("%s", qPrintable(done.refusal().message));
    }
    return forged.seq;
}

QByteArray exportOf(CoreFixture& f)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (auto done = AuditInspector(f.core().database()).exportJsonl(buffer); !done) {
        qFatal("%s", qPrintable(done.refusal().message));
    }
    return buffer.data();
}

AuditVerification verifyExport(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    auto report = AuditInspector::verifyExport(buffer);
    if (!report) {
        qFatal("%s", qPrintable(report.refusal().message));
    }
    return report.value();
}

} // namespace

class TestSignedAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEntryIsSignedByTheComputerThatWroteIt()
    {
        CoreFixture f;
        const qint64 last = writeSome(f);
        const qint64 me = f.core().computers().thisComputerId();
        QVERIFY(me != 0);
        const ComputerIdentity identity = identityOf(f);
        QVERIFY(AuditStore(f.core().database()).forEach(0, [&](const AuditRecord& r) {
            const bool ok = r.computerId == me
                && ComputerIdentity::verifySignature(identity.signingKey(),
                                                     AuditFormat::entryMessage(f.core().database().databaseId(),
                                                                               QByteArray::fromHex(r.hash.toLatin1())),
                                                     QByteArray::fromBase64(r.signature.toLatin1()));
            if (!ok) {
                qWarning("entry %lld is not signed by this computer", r.seq);
            }
            return ok;
        }));
        const AuditVerification report = inspect(f);
        QVERIFY2(report.intact, qPrintable(why(report)));
        QCOMPARE(report.entriesChecked, last);
        QCOMPARE(report.signaturesChecked, last);
        // The database's creator registered its own key in the log's first entry.
        QCOMPARE(report.selfRegistered, QList<qint64> {me});
        QCOMPARE(AuditStore(f.core().database()).record(1).value()->action, QStringLiteral("computer.registered"));
    }

    void checkpointsProveInclusionAndConsistency()
    {
        CoreFixture f;
        writeSome(f);
        auto first = f.core().audit().checkpoint();
        QVERIFY2(first, first ? "" : qPrintable(first.refusal().message));
        // Asked again with nothing new, the same checkpoint.
        QCOMPARE(f.core().audit().checkpoint().value().signature, first.value().signature);
        writeSome(f, 5, 3);
        auto second = f.core().audit().checkpoint();
        QVERIFY(second);
        QCOMPARE(second.value().size, first.value().size + 3);
        for (qint64 seq = 1; seq <= second.value().size; ++seq) {
            auto proof = AuditInspector(f.core().database()).prove(seq);
            QVERIFY2(proof, proof ? "" : qPrintable(proof.refusal().message));
            QVERIFY(proof.value().value(QStringLiteral("included")).toBool());
            QVERIFY(proof.value().value(QStringLiteral("consistent")).toBool());
        }
        auto beyond = AuditInspector(f.core().database()).prove(second.value().size + 1);
        QVERIFY(!beyond);
        QVERIFY(beyond.refusal().message.contains(QLatin1String("audit checkpoint")));
        const AuditVerification report = inspect(f);
        QVERIFY2(report.intact, qPrintable(why(report)));
        QCOMPARE(report.checkpointsChecked, qint64(2));
        QCOMPARE(QString::fromLatin1(report.root.toHex()), second.value().root);
    }

    void aCorrectChainWithoutAValidSignatureIsFound()
    {
        CoreFixture f;
        writeSome(f);
        const qint64 forged = forgeEntry(f, f.core().computers().thisComputerId(), nullptr);
        const AuditVerification report = inspect(f);
        QVERIFY(!report.intact);
        QCOMPARE(report.firstBrokenSeq, forged);
        QCOMPARE(report.reason, QStringLiteral("signature"));
        // A computer the log never registered cannot sign either.
        CoreFixture g;
        writeSome(g);
        const ComputerIdentity stranger = ComputerIdentity::generate();
        const qint64 unknown = forgeEntry(g, 4242, &stranger);
        const AuditVerification second = inspect(g);
        QCOMPARE(second.firstBrokenSeq, unknown);
        QCOMPARE(second.reason, QStringLiteral("unknown-computer"));
    }

    void anEntryResignedWithAnotherComputersKeyIsFound()
    {
        TwoComputers w;
        CoreFixture& f = w.fixture;
        const qint64 last = writeSome(f);
        QVERIFY2(inspect(f).intact, qPrintable(why(inspect(f))));
        // The second computer (approved, so its key is registered) re-signs an entry the first
        // computer wrote, which still names the first computer.
        const ComputerIdentity second = w.secondIdentity();
        const AuditRecord victim = AuditStore(f.core().database()).record(last - 2).value().value();
        const QByteArray signature = second.sign(
            AuditFormat::entryMessage(f.core().database().databaseId(), QByteArray::fromHex(victim.hash.toLatin1())));
        QVERIFY(f.database().execRaw(QStringLiteral("UPDATE audit_log SET signature = '%1' WHERE seq = %2")
                                         .arg(QString::fromLatin1(signature.toBase64()))
                                         .arg(victim.seq)));
        const AuditVerification report = inspect(f);
        QVERIFY(!report.intact);
        QCOMPARE(report.firstBrokenSeq, last - 2);
        QCOMPARE(report.reason, QStringLiteral("signature"));
    }

    void aRevokedComputerSigningAfterItsRevocationIsFound()
    {
        TwoComputers w;
        CoreFixture& f = w.fixture;
        {
            // The second computer writes as it may while it is approved.
            auto console = w.secondConsole();
            QVERIFY(console->roles().addMembers(f.actor(P::Basic), f.role(QStringLiteral("Gateway Administrator")).id,
                                                {CoreFixture::plainUser(9)}));
        }
        f.reopen();
        QVERIFY2(inspect(f).intact, qPrintable(why(inspect(f))));
        QVERIFY(f.core().computers().revoke(f.actor(P::Super), w.secondId, kPassword, w.code()));
        QVERIFY2(inspect(f).intact, qPrintable(why(inspect(f))));
        // Its key, kept after the revocation, signs an entry with a correct chain.
        const ComputerIdentity second = w.secondIdentity();
        const qint64 forged = forgeEntry(f, w.secondId, &second);
        const AuditVerification report = inspect(f);
        QVERIFY(!report.intact);
        QCOMPARE(report.firstBrokenSeq, forged);
        QCOMPARE(report.reason, QStringLiteral("revoked-computer"));
    }

    void editedDeletedReorderedAndTruncatedEntriesAreFound_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("fromNewest"); ///< the broken entry, counted back from the newest
        QTest::addColumn<QString>("reason");
        QTest::newRow("edited") << "UPDATE audit_log SET actor = 'someone-else@acme.test' WHERE seq = NEWEST - 2"
                                << qint64(2) << "hash";
        QTest::newRow("edited time") << "UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE seq = NEWEST - 3"
                                     << qint64(3) << "hash";
        QTest::newRow("deleted") << "DELETE FROM audit_log WHERE seq = NEWEST - 1" << qint64(1) << "missing";
        QTest::newRow("reordered") << "UPDATE audit_log SET seq = -1 WHERE seq = NEWEST - 4;"
                                      "UPDATE audit_log SET seq = NEWEST - 4 WHERE seq = NEWEST - 3;"
                                      "UPDATE audit_log SET seq = NEWEST - 3 WHERE seq = -1"
                                   << qint64(4) << "hash";
        QTest::newRow("truncated") << "DELETE FROM audit_log WHERE seq >= NEWEST - 1" << qint64(1) << "truncated";
        QTest::newRow("truncated past a checkpoint")
            << "DELETE FROM audit_log WHERE seq >= NEWEST - 1; UPDATE meta SET value = '' WHERE key = 'audit_head'"
            << qint64(1) << "truncated";
    }

    void editedDeletedReorderedAndTruncatedEntriesAreFound()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, fromNewest);
        QFETCH(QString, reason);
        CoreFixture f;
        writeSome(f);
        QVERIFY(f.core().audit().checkpoint());
        const qint64 newest = f.core().audit().nextSeq().value() - 1;
        for (const QString& statement : sql.split(QLatin1Char(';'))) {
            QVERIFY(f.database().execRaw(
                QString(statement).replace(QLatin1String("NEWEST"), QString::number(newest)).trimmed()));
        }
        const AuditVerification report = inspect(f);
        QVERIFY(!report.intact);
        QCOMPARE(report.firstBrokenSeq, newest - fromNewest);
        QCOMPARE(report.reason, reason);
    }

    void aCheckpointFromAForkedHistoryIsFound()
    {
        CoreFixture f;
        const qint64 newest = writeSome(f);
        // A checkpoint validly signed by this computer, of a tree in which entry 3 is another one.
        QList<QByteArray> leaves;
        QVERIFY(AuditStore(f.core().database()).forEach(0, [&leaves](const AuditRecord& r) {
            leaves.append(MerkleTree::leafHash(QByteArray::fromHex(r.hash.toLatin1())));
            return true;
        }));
        leaves[2] = MerkleTree::leafHash("a history someone else was shown");
        const ComputerIdentity identity = identityOf(f);
        AuditCheckpoint fork {newest - 1,
                              QString::fromLatin1(MerkleTree::root(leaves, newest - 1).toHex()),
                              QStringLiteral("2026-01-01T00:00:00.000Z"),
                              identity.computerId(),
                              {}};
        fork.signature = QString::fromLatin1(
            identity.sign(AuditFormat::checkpointMessage(f.core().database().databaseId(), fork)).toBase64());
        QVERIFY(AuditStore(f.core().database()).insertCheckpoint(fork));
        const AuditVerification report = inspect(f);
        QVERIFY(!report.intact);
        QCOMPARE(report.firstBrokenSeq, newest - 1);
        QCOMPARE(report.reason, QStringLiteral("inconsistent-checkpoint"));
        // Each console holds it against the tree it saw when it starts.
        f.reopen();
        QVERIFY2(f.core().startupWarning().contains(QLatin1String("another history")),
                 qPrintable(f.core().startupWarning()));
    }

    void aRewrittenHistoryResignedWithARegisteredKeyIsFoundByTheWitness()
    {
        CoreFixture f;
        const qint64 newest = writeSome(f);
        f.reopen(); // this computer has seen the log up to `newest`
        QVERIFY(f.core().startupWarning().isEmpty());
        // Someone holding this computer's key rewrites the last three entries, each re-hashed and
        // re-signed, so the chain and every signature are right.
        const ComputerIdentity identity = identityOf(f);
        AuditStore store(f.core().database());
        QByteArray previous = QByteArray::fromHex(store.record(newest - 3).value()->hash.toLatin1());
        for (qint64 seq = newest - 2; seq <= newest; ++seq) {
            AuditRecord r = store.record(seq).value().value();
            r.target = QStringLiteral("rewritten");
            const QByteArray hash = AuditFormat::entryHash(r, previous);
            const QByteArray signature =
                identity.sign(AuditFormat::entryMessage(f.core().database().databaseId(), hash));
            QVERIFY(f.database().execRaw(
                QStringLiteral(
                    "UPDATE audit_log SET target = 'rewritten', hash = '%1', signature = '%2' WHERE seq = %3")
                    .arg(QString::fromLatin1(hash.toHex()), QString::fromLatin1(signature.toBase64()))
                    .arg(seq)));
            previous = hash;
        }
        f.reopen();
        QVERIFY2(f.core().startupWarning().contains(QLatin1String("not the one this computer saw")),
                 qPrintable(f.core().startupWarning()));
        auto report = f.core().audit().verify();
        QVERIFY(report);
        QVERIFY(!report.value().intact);
        QCOMPARE(report.value().reason, QStringLiteral("witness"));
        QCOMPARE(report.value().firstBrokenSeq, newest);
    }

    void anExportVerifiesOfflineAndOneChangedByteIsFound()
    {
        TwoComputers w;
        CoreFixture& f = w.fixture;
        writeSome(f);
        QVERIFY(f.core().audit().checkpoint());
        writeSome(f, 5, 2);
        const QByteArray exported = exportOf(f);
        const AuditVerification intact = verifyExport(exported);
        QVERIFY2(intact.intact, qPrintable(why(intact)));
        QCOMPARE(intact.entriesChecked, inspect(f).entriesChecked);
        QCOMPARE(intact.checkpointsChecked, qint64(1));
        // One byte changed anywhere (three places on every line, every kind of line) is found.
        const QList<QByteArray> lines = exported.split('\n');
        QVERIFY(lines.size() > 20);
        qsizetype lineStart = 0;
        int changed = 0;
        for (const QByteArray& line : lines) {
            for (const qsizetype offset : {qsizetype(2), line.size() / 2, line.size() - 3}) {
                if (offset < 0 || offset >= line.size()) {
                    continue;
                }
                QByteArray damaged = exported;
                damaged[lineStart + offset] = char(damaged.at(lineStart + offset) ^ 0x01);
                const AuditVerification report = verifyExport(damaged);
                QVERIFY2(!report.intact,
                         qPrintable(QStringLiteral("byte %1 of line \"%2\" changed unnoticed")
                                        .arg(offset)
                                        .arg(QString::fromUtf8(line.left(80)))));
                ++changed;
            }
            lineStart += line.size() + 1;
        }
        QVERIFY(changed > 60);
        // A line cut off, and an export cut short, are not intact either.
        QVERIFY(!verifyExport(exported.left(exported.size() - 10)).intact);
        QVERIFY(!verifyExport(exported.left(exported.lastIndexOf('\n', exported.size() - 2) + 1)).intact);
    }

    void anHmacChainedLogIsClosedAndContinuesSigned()
    {
        CoreFixture f;
        const qint64 legacy = writeSome(f);
        // Turn the log back into what Warden wrote before entries were signed: HMAC-chained with the
        // database key's audit key, a MAC'd head record, no hashes, no signatures, no checkpoints.
        const QString databaseId = f.core().database().databaseId();
        const QByteArray master =
            Keychain().read(DatabaseSecrets::keychainKey(databaseId, QStringLiteral("master-key"))).value();
        QByteArray key(32, Qt::Uninitialized);
        crypto_kdf_derive_from_key(reinterpret_cast<unsigned char*>(key.data()), 32, 1, "wdnaudit",
                                   reinterpret_cast<const unsigned char*>(master.constData()));
        QString previousMac;
        QList<AuditRecord> records;
        QVERIFY(AuditStore(f.core().database()).forEach(0, [&records](const AuditRecord& r) {
            records.append(r);
            return true;
        }));
        const QChar sep(0x1F);
        for (const AuditRecord& r : records) {
            const QString canonical = QString::number(r.seq) + sep + r.at + sep + r.actor + sep + r.accountCode + sep
                + r.action + sep + r.target + sep + r.before + sep + r.after + sep + previousMac;
            const QString mac = QString::fromLatin1(
                QMessageAuthenticationCode::hash(canonical.toUtf8(), key, QCryptographicHash::Sha256).toHex());
            QVERIFY(f.database().execRaw(QStringLiteral("UPDATE audit_log SET mac = '%1', hash = '', signature = '', "
                                                        "computer_id = 0 WHERE seq = %2")
                                             .arg(mac)
                                             .arg(r.seq)));
            previousMac = mac;
        }
        const QString headMac = QString::fromLatin1(
            QMessageAuthenticationCode::hash(QStringLiteral("head:%1:%2").arg(legacy).arg(previousMac).toUtf8(), key,
                                             QCryptographicHash::Sha256)
                .toHex());
        for (const QString& statement :
             {QStringLiteral("DELETE FROM audit_checkpoints"),
              QStringLiteral("DELETE FROM meta WHERE key IN ('audit_signed_from', 'audit_frontier')"),
              QStringLiteral("UPDATE computers SET signing_key = ''"),
              QStringLiteral("UPDATE meta SET value = '%1:%2:%3' WHERE key = 'audit_head'")
                  .arg(legacy)
                  .arg(previousMac, headMac)}) {
            QVERIFY(f.database().execRaw(statement));
        }
        for (const char* entry : {"audit-witness", "audit-checked"}) {
            (void)Keychain().remove(DatabaseSecrets::keychainKey(databaseId, QString::fromLatin1(entry)));
        }
        // The next console closes the HMAC chain, vouched for by its last verification, and signs on.
        f.reopen();
        QVERIFY2(f.core().startupWarning().isEmpty(), qPrintable(f.core().startupWarning()));
        const AuditRecord closing = AuditStore(f.core().database()).record(legacy + 1).value().value();
        QCOMPARE(closing.action, QStringLiteral("audit.signing_started"));
        QVERIFY(!closing.mac.isEmpty());
        QVERIFY(closing.after.contains(QStringLiteral("\"hmacEntries\":%1").arg(legacy)));
        QVERIFY(closing.after.contains(QLatin1String("\"hmacIntact\":true")));
        writeSome(f, 10, 2);
        const AuditVerification auditor = inspect(f);
        QVERIFY2(auditor.intact, qPrintable(why(auditor)));
        QCOMPARE(auditor.hmacEntries, legacy);
        QVERIFY(!auditor.hmacChecked);
        auto withKey = f.core().audit().verify();
        QVERIFY(withKey);
        QVERIFY2(withKey.value().intact, qPrintable(why(withKey.value())));
        QVERIFY(withKey.value().hmacChecked);
        // An entry of the HMAC part changed afterwards breaks the chain the signed part continues.
        QVERIFY(f.database().execRaw(QStringLiteral("UPDATE audit_log SET target = 'x' WHERE seq = 3")));
        const AuditVerification broken = inspect(f);
        QCOMPARE(broken.firstBrokenSeq, qint64(3));
        QCOMPARE(broken.reason, QStringLiteral("hash"));
    }
};

QTEST_GUILESS_MAIN(TestSignedAudit)
#include "test_signed_audit.moc"

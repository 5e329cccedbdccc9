// The HMAC-chained audit log: entries written with their change, verify catches edits,
// deletions and reordering done directly in the database (sqlite3 CLI / raw SQL), export CSV.
#include "CoreFixture.h"
#include "storage/AuditStore.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTest>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

class TestAudit : public QObject
{
    Q_OBJECT

private:
    /// A fixture with a handful of entries beyond the seeding ones; returns the last seq.
    static qint64 writeSome(CoreFixture& f)
    {
        for (int i = 0; i < 5; ++i) {
            auto added = f.core().roles().addMembers(
                f.actor(P::Basic), f.role(QStringLiteral("Gateway Administrator")).id, {CoreFixture::plainUser(i)});
            if (!added) {
                qFatal("%s", qPrintable(added.refusal().message));
            }
        }
        return f.core().audit().list(Actor::system(), {}).value().last().seq;
    }

    static AuditVerification verify(CoreFixture& f)
    {
        f.reopen();
        auto report = f.core().audit().verify();
        if (!report) {
            qFatal("%s", qPrintable(report.refusal().message));
        }
        return report.value();
    }

private Q_SLOTS:
    void intactChainVerifies()
    {
        CoreFixture f;
        const qint64 last = writeSome(f);
        const AuditVerification report = verify(f);
        QVERIFY2(report.intact, qPrintable(report.problem));
        QCOMPARE(report.entriesChecked, last);
        QCOMPARE(report.firstBrokenSeq, qint64(0));
    }

    void editedEntryIsFound()
    {
        CoreFixture f;
        const qint64 last = writeSome(f);
        const qint64 victim = last - 2;
        QVERIFY(f.database().execRaw(
            QStringLiteral("UPDATE audit_log SET actor = 'someone-else@acme.test' WHERE seq = %1").arg(victim)));
        const AuditVerification report = verify(f);
        QVERIFY(!report.intact);
        QCOMPARE(report.firstBrokenSeq, victim);
        QVERIFY(report.problem.contains(QLatin1String("changed")));
    }

    void editedTimeIsFound()
    {
        CoreFixture f;
        writeSome(f);
        QVERIFY(
            f.database().execRaw(QStringLiteral("UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 3")));
        QCOMPARE(verify(f).firstBrokenSeq, qint64(3));
    }

    void deletedEntryIsFound()
    {
        CoreFixture f;
        writeSome(f);
        QVERIFY(f.database().execRaw(QStringLiteral("DELETE FROM audit_log WHERE seq = 4")));
        const AuditVerification report = verify(f);
        QVERIFY(!report.intact);
        QCOMPARE(report.firstBrokenSeq, qint64(4));
        QVERIFY(report.problem.contains(QLatin1String("missing")));
    }

    void deletedNewestEntriesAreFound()
    {
        CoreFixture f;
        const qint64 last = writeSome(f);
        QVERIFY(f.database().execRaw(QStringLiteral("DELETE FROM audit_log WHERE seq >= %1").arg(last - 1)));
        const AuditVerification report = verify(f);
        QVERIFY(!report.intact);
        QCOMPARE(report.firstBrokenSeq, last - 1);
        QVERIFY(report.problem.contains(QLatin1String("removed")));
    }

    void appendingAfterATruncationIsRefused()
    {
        CoreFixture f;
        const qint64 last = writeSome(f);
        QVERIFY(f.database().execRaw(QStringLiteral("DELETE FROM audit_log WHERE seq = %1").arg(last)));
        f.reopen();
        // Any change now would take the deleted entry's number; it is refused and changes nothing.
        const Role gateway = f.role(QStringLiteral("Gateway Administrator"));
        auto added = f.core().roles().addMembers(f.actor(P::Basic), gateway.id, {CoreFixture::plainUser(20)});
        QVERIFY(!added);
        QCOMPARE(added.refusal().kind, Refusal::Kind::Storage);
        QVERIFY2(added.refusal().message.contains(QLatin1String("audit verify")), qPrintable(added.refusal().message));
        QCOMPARE(f.role(QStringLiteral("Gateway Administrator")).memberCount, gateway.memberCount);
        QCOMPARE(f.core().audit().list(Actor::system(), {}).value().last().seq, last - 1);
        const AuditVerification report = verify(f);
        QVERIFY(!report.intact);
        QCOMPARE(report.firstBrokenSeq, last);
    }

    void aTruncationWithAnOlderHeadPutBackIsFoundByThisComputer()
    {
        CoreFixture f;
        writeSome(f);
        // Keep the head record as it is now, write two more entries, then cut them off and put the
        // old head back: the chain and the head agree, but this computer saw the longer log.
        QSqlQuery q(f.core().database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'audit_head'")) && q.next());
        const QString oldHead = q.value(0).toString();
        q.finish();
        const qint64 cut = oldHead.section(QLatin1Char(':'), 0, 0).toLongLong();
        for (const int i : {21, 22}) {
            QVERIFY(f.core().roles().addMembers(f.actor(P::Basic), f.role(QStringLiteral("Gateway Administrator")).id,
                                                {CoreFixture::plainUser(i)}));
        }
        f.reopen(); // the closing console remembers the newest entry it saw
        QVERIFY(f.core().startupWarning().isEmpty());
        QVERIFY(f.database().execRaw(QStringLiteral("DELETE FROM audit_log WHERE seq > %1").arg(cut)));
        QVERIFY(
            f.database().execRaw(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'audit_head'").arg(oldHead)));
        f.reopen();
        QVERIFY2(f.core().startupWarning().contains(QStringLiteral("now ends at entry %1").arg(cut)),
                 qPrintable(f.core().startupWarning()));
        // The console wrote what it found to the log, for the account's auditors.
        auto newest = AuditStore(f.core().database()).newest();
        QVERIFY(newest);
        QCOMPARE(newest.value().seq, cut + 1);
        QCOMPARE(newest.value().action, QStringLiteral("audit.witness_failed"));
        QVERIFY2(newest.value().after.contains(QStringLiteral("now ends at entry %1").arg(cut)),
                 qPrintable(newest.value().after));
        // The log (now one entry longer, with that entry) is still shorter than what this computer saw.
        auto report = f.core().audit().verify();
        QVERIFY(report);
        QVERIFY(!report.value().intact);
        QCOMPARE(report.value().reason, QStringLiteral("truncated"));
        QCOMPARE(report.value().firstBrokenSeq, cut + 2);
        QVERIFY(report.value().problem.contains(QLatin1String("This computer has seen entry")));
        // And a console started again still says so.
        f.reopen();
        QVERIFY2(f.core().startupWarning().contains(QLatin1String("This computer has seen entry")),
                 qPrintable(f.core().startupWarning()));
    }

    void reorderedEntriesAreFound()
    {
        CoreFixture f;
        writeSome(f);
        // Swap entries 5 and 6 by renumbering them.
        QVERIFY(f.database().execRaw(QStringLiteral("UPDATE audit_log SET seq = -5 WHERE seq = 5")));
        QVERIFY(f.database().execRaw(QStringLiteral("UPDATE audit_log SET seq = 5 WHERE seq = 6")));
        QVERIFY(f.database().execRaw(QStringLiteral("UPDATE audit_log SET seq = 6 WHERE seq = -5")));
        const AuditVerification report = verify(f);
        QVERIFY(!report.intact);
        QCOMPARE(report.firstBrokenSeq, qint64(5));
    }

    void forgedEntryWithoutTheKeyIsFound()
    {
        CoreFixture f;
        const qint64 last = writeSome(f);
        QVERIFY(f.database().execRaw(
            QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, target, mac) VALUES (%1, "
                           "'2026-01-01T00:00:00.000Z', 'x', 'role.member.add', 'y', 'deadbeef')")
                .arg(last + 1)));
        QCOMPARE(verify(f).firstBrokenSeq, last + 1);
    }

    void refusedChangesWriteNoEntry()
    {
        CoreFixture f;
        const qint64 before = f.core().audit().list(Actor::system(), {}).value().size();
        QVERIFY(!f.core().roles().addMembers(f.actor(P::Basic), f.role(QStringLiteral("Gateway Administrator")).id,
                                             {QStringLiteral("ghost@acme.test")}));
        QVERIFY(!f.core().roles().createRole(f.actor(P::HelpDesk), f.accountId(), QStringLiteral("x"), {}, {}));
        QCOMPARE(f.core().audit().list(Actor::system(), {}).value().size(), before);
    }

    void administratorsReadOnlyTheirAccountsEntries()
    {
        CoreFixture f;
        auto other = f.core().accounts().create(Actor::system(), QStringLiteral("OTHER"), QStringLiteral("Other"),
                                                AccountKind::Standard);
        QVERIFY(other);
        QVERIFY(f.core().accounts().addDomain(Actor::system(), other.value().id, QStringLiteral("other.test")));
        auto basics = f.core().audit().list(f.actor(P::Basic), {});
        QVERIFY(basics);
        QVERIFY(!basics.value().isEmpty());
        for (const AuditEntry& entry : basics.value()) {
            QCOMPARE(entry.accountCode, QStringLiteral("ACME"));
        }
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(f.core().audit().exportCsv(f.actor(P::Basic), {}, buffer));
        QVERIFY(!buffer.data().contains("OTHER"));
        QVERIFY(f.core().audit().list(Actor::system(), {}).value().size() > basics.value().size());
        auto gateway = f.core().audit().list(f.actor(P::Gateway), {});
        QVERIFY(!gateway);
        QCOMPARE(gateway.refusal().kind, Refusal::Kind::Denied);
        QVERIFY(gateway.refusal().message.contains(QLatin1String("Audit Logs")));
    }

    void filterAndExportCsv()
    {
        CoreFixture f;
        writeSome(f);
        AuditFilter filter;
        filter.actor = QStringLiteral("basic@");
        filter.action = QStringLiteral("member.add");
        auto entries = f.core().audit().list(Actor::system(), filter);
        QVERIFY(entries);
        QCOMPARE(entries.value().size(), 5);
        filter.target = QStringLiteral("user03");
        QCOMPARE(f.core().audit().list(Actor::system(), filter).value().size(), 1);
        filter.target.clear();
        filter.from = QDateTime::currentDateTimeUtc().addSecs(3600);
        QCOMPARE(f.core().audit().list(Actor::system(), filter).value().size(), 0);
        filter.from = {};

        // A user-controlled value that a spreadsheet would run as a formula is neutralised.
        PermissionSet none;
        QVERIFY(f.core().roles().createRole(f.actor(P::Basic), f.accountId(), QStringLiteral("=HYPERLINK(\"x\")"), {},
                                            none));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(f.core().audit().exportCsv(Actor::system(), {}, buffer));
        const QString csv = QString::fromUtf8(buffer.data());
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("seq,time_utc,actor,account,action,target,before,after"));
        QVERIFY(csv.contains(QLatin1String("\"'=HYPERLINK(\"\"x\"\")\"")));
        QVERIFY(csv.contains(QLatin1String("role.member.add")));
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "test_audit.moc"

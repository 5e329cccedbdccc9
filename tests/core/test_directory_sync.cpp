#include "CoreFixture.h"
#include "HierarchySetup.h"
#include "PrivateSlapd.h"
#include "storage/Database.h"
#include "storage/DirectoryStore.h"

#include <QSqlQuery>
#include <QTest>

using namespace warden;
using namespace warden::test;

namespace {

/// `count` people u0…, u<count-1> with addresses in acme.test.
QString people(int count, int from = 0)
{
    QString ldif;
    for (int i = from; i < from + count; ++i) {
        ldif += PrivateSlapd::person(QStringLiteral("u%1").arg(i), QStringLiteral("u%1@acme.test").arg(i),
                                     QStringLiteral("Person %1").arg(i));
    }
    return ldif;
}

/// The refusal's message, or nothing when there is none (a QVERIFY2 message is built either way).
template<typename T> QString why(const Result<T>& result)
{
    return result ? QString() : result.refusal().message;
}

QString dnOf(const QString& uid)
{
    return QStringLiteral("uid=%1,%2").arg(uid, QString::fromLatin1(PrivateSlapd::kPeople));
}

} // namespace

/// Directory synchronization against a real slapd (issue 15): full and incremental runs,
/// deletions, primary-address changes, TLS, paging past the size limit, every kind of bad
/// input, a lost connection, permissions in a hierarchy.
class TestDirectorySync : public QObject
{
    Q_OBJECT

private:
    static DirectoryConnector settingsFor(const PrivateSlapd& slapd, qint64 accountId)
    {
        DirectoryConnector c = slapd.connector(accountId);
        c.mapDisabled = QStringLiteral("employeeType");
        return c;
    }
    static DirectoryConnector configure(CoreFixture& f, const PrivateSlapd& slapd,
                                        const std::function<void(DirectoryConnector&)>& adjust = {})
    {
        DirectoryConnector c = settingsFor(slapd, f.accountId());
        if (adjust) {
            adjust(c);
        }
        auto saved =
            f.core().sync().configure(f.actor(CoreFixture::Persona::Super), c, QByteArray(PrivateSlapd::kSyncPassword));
        if (!saved) {
            qWarning("%s", qPrintable(why(saved)));
            return {};
        }
        return saved.value();
    }
    static Result<SyncReport> run(CoreFixture& f, SyncOptions options = {}, const SyncService::Progress& progress = {})
    {
        return f.core().sync().run(f.actor(CoreFixture::Persona::Super), f.accountId(), options, progress);
    }
    static qint64 count(CoreFixture& f, const QString& where)
    {
        QSqlQuery q(f.core().database().connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM users WHERE ") + where) || !q.next()) {
            return -1;
        }
        return q.value(0).toLongLong();
    }
    static QString field(CoreFixture& f, const QString& column, const QString& email)
    {
        QSqlQuery q(f.core().database().connection());
        q.prepare(QStringLiteral("SELECT %1 FROM users WHERE email_key = ?").arg(column));
        q.addBindValue(email.toLower());
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
    }

private Q_SLOTS:
    void initTestCase();
    void fullRunThenIncremental();
    void dryRunChangesNothing();
    void deletedEntryIsDisabledByFullRun();
    void addressChangeNeedsConfirmation();
    void protectedRoleLossIsLeftOut();
    void manualAndImportedUsersAreNeverTouched();
    void ldapsWithTheServersCa();
    void startTlsWithTheServersCa();
    void unknownCaIsATlsFailure();
    void wrongBindPasswordIsRefused();
    void unreachableServerIsNamed();
    void filterErrors();
    void entryWithoutAddressIsLeftOut();
    void duplicateAddressKeepsTheFirst();
    void addressOutsideWritableDomains();
    void addressOwnedByAnotherAccount();
    void pagesPastTheSizeLimit();
    void droppedConnectionChangesNothingAndNextRunContinues();
    void cancelChangesNothing();
    void testConnectionSaysWhatItFound();
    void hierarchyPermissions();
    void passwordOnlyInTheKeychain();
    void scheduleIsDueAfterItsInterval();
    void lastSuperAdministratorIsNotDisabled();
};

void TestDirectorySync::initTestCase()
{
    PrivateSlapd probe;
    QVERIFY2(probe.isValid(), qPrintable(probe.problem()));
}

void TestDirectorySync::fullRunThenIncremental()
{
    PrivateSlapd slapd(people(5)
                       + PrivateSlapd::person(QStringLiteral("gone"), QStringLiteral("gone@acme.test"),
                                              QStringLiteral("Gone Person"),
                                              QStringLiteral("employeeType: disabled\n")));
    QVERIFY2(slapd.isValid(), qPrintable(slapd.problem()));
    CoreFixture f;
    QVERIFY(configure(f, slapd).isConfigured());
    auto first = run(f);
    QVERIFY2(first, qPrintable(why(first)));
    QVERIFY(first.value().applied);
    QVERIFY(first.value().full);
    QCOMPARE(first.value().entries, 6);
    QCOMPARE(first.value().created, 6);
    QCOMPARE(count(f, QStringLiteral("source = 'sync'")), 6);
    QCOMPARE(field(f, QStringLiteral("display_name"), QStringLiteral("u3@acme.test")), QStringLiteral("Person 3"));
    QCOMPARE(field(f, QStringLiteral("upn"), QStringLiteral("u3@acme.test")), QStringLiteral("u3"));
    QCOMPARE(field(f, QStringLiteral("disabled"), QStringLiteral("gone@acme.test")), QStringLiteral("1"));
    QCOMPARE(field(f, QStringLiteral("disabled"), QStringLiteral("u3@acme.test")), QStringLiteral("0"));

    // The run is audited once, and the connector remembers it.
    auto entries = f.core().audit().list(Actor::system(), AuditFilter {});
    QVERIFY(entries);
    const auto summaries = std::count_if(entries.value().cbegin(), entries.value().cend(), [](const AuditEntry& e) {
        return e.action == QLatin1String("directory.sync");
    });
    QCOMPARE(summaries, 1);
    auto state = f.core().sync().connector(f.actor(CoreFixture::Persona::Super), f.accountId());
    QVERIFY(state && state.value());
    QCOMPARE(state.value()->lastResult, QStringLiteral("applied"));
    QCOMPARE(state.value()->lastCounts.value(QStringLiteral("new")).toInteger(), 6);
    QVERIFY(state.value()->watermark.startsWith(QLatin1String("csn:")));

    // Incremental: a changed name and a new person.
    QTest::qWait(1100);
    QVERIFY(slapd.modify(
        QStringLiteral("dn: %1\nchangetype: modify\nreplace: cn\ncn: Renamed Three\n\n").arg(dnOf(QStringLiteral("u3")))
        + people(1, 100)));
    auto second = run(f);
    QVERIFY2(second, qPrintable(why(second)));
    QVERIFY(second.value().applied);
    QVERIFY(!second.value().full);
    QCOMPARE(second.value().created, 1);
    QCOMPARE(second.value().changed, 1);
    QCOMPARE(field(f, QStringLiteral("display_name"), QStringLiteral("u3@acme.test")), QStringLiteral("Renamed Three"));
    QCOMPARE(field(f, QStringLiteral("source"), QStringLiteral("u100@acme.test")), QStringLiteral("sync"));
    // The next one reads only what changed since, plus what changed in the second before the
    // newest change it had read (u3 and u100: a change made while a search runs is not lost).
    QTest::qWait(1100);
    QVERIFY(slapd.modify(QStringLiteral("dn: %1\nchangetype: modify\nreplace: cn\ncn: Renamed Four\n\n")
                             .arg(dnOf(QStringLiteral("u4")))));
    auto third = run(f);
    QVERIFY2(third, qPrintable(why(third)));
    QVERIFY(!third.value().full);
    QCOMPARE(third.value().entries, 3);
    QCOMPARE(third.value().changed, 1);
    QCOMPARE(third.value().unchanged, 2);
    QCOMPARE(third.value().created, 0);
    QCOMPARE(field(f, QStringLiteral("display_name"), QStringLiteral("u4@acme.test")), QStringLiteral("Renamed Four"));
}

void TestDirectorySync::dryRunChangesNothing()
{
    PrivateSlapd slapd(people(4));
    QVERIFY2(slapd.isValid(), qPrintable(slapd.problem()));
    CoreFixture f;
    configure(f, slapd);
    const qint64 before = count(f, QStringLiteral("1 = 1"));
    SyncOptions preview;
    preview.dryRun = true;
    auto report = run(f, preview);
    QVERIFY2(report, qPrintable(why(report)));
    QVERIFY(!report.value().applied);
    QCOMPARE(report.value().created, 4);
    QVERIFY(!report.value().notAppliedBecause.isEmpty());
    QCOMPARE(count(f, QStringLiteral("1 = 1")), before);
    // A preview leaves the next run full.
    auto applied = run(f);
    QVERIFY(applied && applied.value().applied && applied.value().full);
}

void TestDirectorySync::deletedEntryIsDisabledByFullRun()
{
    PrivateSlapd slapd(people(3));
    QVERIFY2(slapd.isValid(), qPrintable(slapd.problem()));
    CoreFixture f;
    configure(f, slapd);
    QVERIFY(run(f));
    const Role helpDesk = f.role(QStringLiteral("Help Desk Administrator"));
    QVERIFY(f.core().roles().addMembers(f.actor(CoreFixture::Persona::Super), helpDesk.id,
                                        {QStringLiteral("u1@acme.test")}));
    QVERIFY(slapd.modify(QStringLiteral("dn: %1\nchangetype: delete\n\n").arg(dnOf(QStringLiteral("u1")))));
    SyncOptions full;
    full.full = true;
    auto report = run(f, full);
    QVERIFY2(report, qPrintable(why(report)));
    QVERIFY(report.value().applied);
    QCOMPARE(report.value().disabled, 1);
    QCOMPARE(report.value().disabledUsers.size(), 1);
    QCOMPARE(report.value().disabledUsers.first().email, QStringLiteral("u1@acme.test"));
    QCOMPARE(report.value().disabledUsers.first().roles,
             QStringList {QStringLiteral("Help Desk Administrator (ACME)")});
    QCOMPARE(field(f, QStringLiteral("disabled"), QStringLiteral("u1@acme.test")), QStringLiteral("1"));
    QCOMPARE(field(f, QStringLiteral("disabled"), QStringLiteral("u0@acme.test")), QStringLiteral("0"));
    // People added by hand are not in the directory either, and stay as they are.
    QCOMPARE(field(f, QStringLiteral("disabled"), CoreFixture::plainUser(0)), QStringLiteral("0"));
    // Back in the directory: enabled again.
    QVERIFY(slapd.modify(people(1, 1)));
    auto again = run(f, full);
    QVERIFY(again && again.value().applied);
    QCOMPARE(field(f, QStringLiteral("disabled"), QStringLiteral("u1@acme.test")), QStringLiteral("0"));
}

void TestDirectorySync::addressChangeNeedsConfirmation()
{
    PrivateSlapd slapd(people(3));
    QVERIFY2(slapd.isValid(), qPrintable(slapd.problem()));
    CoreFixture f;
    configure(f, slapd);
    QVERIFY(run(f));
    const Actor super = f.actor(CoreFixture::Persona::Super);
    const Role helpDesk = f.role(QStringLiteral("Help Desk Administrator"));
    QVERIFY(f.core().roles().addMembers(super, helpDesk.id, {QStringLiteral("u2@acme.test")}));
    QTest::qWait(1100);
    QVERIFY(slapd.modify(QStringLiteral("dn: %1\nchangetype: modify\nreplace: mail\nmail: u2.new@acme.test\n\n")
                             .arg(dnOf(QStringLiteral("u2")))));
    auto preview = run(f);
    QVERIFY2(preview, qPrintable(why(preview)));
    QVERIFY(!preview.value().applied);
    QCOMPARE(preview.value().addressChanges.size(), 1);
    const SyncAddressChange change = preview.value().addressChanges.first();
    QCOMPARE(change.from, QStringLiteral("u2@acme.test"));
    QCOMPARE(change.to, QStringLiteral("u2.new@acme.test"));
    QCOMPARE(change.rolesLost, QStringList {QStringLiteral("Help Desk Administrator (ACME)")});
    QVERIFY(preview.value().notAppliedBecause.contains(QLatin1String("confirm")));
    QCOMPARE(field(f, QStringLiteral("email"), QStringLiteral("u2@acme.test")), QStringLiteral("u2@acme.test"));

    SyncOptions confirmed;
    confirmed.confirmAddressChanges = true;
    auto applied = run(f, confirmed);
    QVERIFY2(applied, qPrintable(why(applied)));
    QVERIFY(applied.value().applied);
    QCOMPARE(field(f, QStringLiteral("email"), QStringLiteral("u2@acme.test")), QStringLiteral("<none>"));
    QCOMPARE(field(f, QStringLiteral("email"), QStringLiteral("u2.new@acme.test")), QStringLiteral("u2.new@acme.test"));
    auto members = f.core().roles().members(super, helpDesk.id);
    QVERIFY(members);
    for (const auto& member : members.value().members) {
        QVERIFY(member.email != QLatin1String("u2.new@acme.test") && member.email != QLatin1String("u2@acme.test"));
    }
    AuditFilter removals;
    removals.action = QStringLiteral("role.member.remove");
    auto audited = f.core().audit().list(Actor::system(), removals);
    QVERIFY(audited);
    QCOMPARE(audited.value().size(), 1);
    QVERIFY(audited.value().first().target.contains(QLatin1String("u2@acme.test")));
}

void TestDirectorySync::protectedRoleLossIsLeftOut()
{
    PrivateSlapd slapd(people(2));
    QVERIFY2(slapd.isValid(), qPrintable(slapd.problem()));
    CoreFixture f;
    configure(f, slapd);
    QVERIFY(run(f));
    const Role super = f.role(QStringLiteral("Super Administrator"));
    QVERIFY(f.core().roles().addMembers(Actor::system(), super.id, {QStringLiteral("u0@acme.test")}));
    QTest::qWait(1100);
    QVERIFY(slapd.modify(QStringLiteral("dn: %1\nchangetype: modify\nreplace: mail\nmail: u0.new@acme.test\n\n")
                             .arg(dnOf(QStringLiteral("u0")))));
    SyncOptions confirmed;
    confirmed.confirmAddressChanges = true;
    auto report = run(f, confirmed);
    QVERIFY2(report, qPrintable(why(report)));
    QVERIFY(report.value().applied);
    QVERIFY(report.value().addressChanges.isEmpty());
    QCOMPARE(report.value().skippedCount, 1);
    QCOMPARE(report.value().skipped.first().dn, dnOf(QStringLiteral("u0")));
    QVERIFY2(report.value().skipped.first().message.contains(QLatin1String("change request")),
             qPrintable(report.value().skipped.first().message));
    QCOMPARE(field(f, QStringLiteral("email"), QStringLiteral("u0@acme.test")), QStringLiteral("u0@acme.test"));
}

void TestDirectorySync::manualAndImportedUsersAreNeverTouched()
{
    PrivateSlapd slapd(
        people(2)
        + PrivateSlapd::person(QStringLiteral("plain"), CoreFixture::plainUser(0), QStringLiteral("Directory Name")));
    QVERIFY2(slapd.isValid(), qPrintable(slapd.problem()));
    CoreFixture f;
    const QString nameBefore = field(f, QStringLiteral("display_name"), CoreFixture::plainUser(0));
    configure(f, slapd);
    SyncOptions full;
    full.full = true;
    auto report = run(f, full);
    QVERIFY2(report, qPrintable(why(report)));
    QCOMPARE(report.value().leftAlone, 1);
    QCOMPARE(report.value().created, 2);
    QCOMPARE(report.value().disabled, 0);
    QCOMPARE(field(f, QStringLiteral("display_name"), CoreFixture::plainUser(0)), nameBefore);
    QCOMPARE(field(f, QStringLiteral("source"), CoreFixture::plainUser(0)), QStringLiteral("manual"));
    QCOMPARE(count(f, QStringLiteral("source = 'manual' AND disabled = 1")), 0);
}

void TestDirectorySync::ldapsWithTheServersCa()
{
    PrivateSlapd slapd(people(3));
    QVERIFY2(slapd.isValid(), qPrintable(slapd.problem()));
    CoreFixture f;
    QVERIFY(configure(f, slapd, [&](DirectoryConnector& c) {
                c.url = slapd.ldapsUrl();
                c.caFile = slapd.caFile();
            }).isConfigured());
    auto report = run(f);
    QVERIFY2(report, qPrintable(why(report)));
    QCOMPARE(report.value().created, 3);
}

void TestDirectorySync::startTlsWithTheServersCa()
{
    PrivateSlapd slapd(people(2));
    QVERIFY2(slapd.isValid(), qPrintable(slapd.problem()));
    CoreFixture f;
    configure(f, slapd, [&](DirectoryConnector& c) {
        c.startTls = true;
        c.caFile = slapd.caFile();
    });
    auto report = run(f);
    QVERIFY2(report, qPrintable(why(report)));
    QCOMPARE(report.value().created, 2);
}

void TestDirectorySync::unknownCaIsATlsFailure()
{
    PrivateSlapd slapd(people(2));
    QVERIFY2(slapd.isValid(), qPrintable(slapd.problem()));
    CoreFixture f;
    for (const bool startTls : {false, true}) {
        configure(f, slapd, [&](DirectoryConnector& c) {
            c.url = startTls ? slapd.url() : slapd.ldapsUrl();
            c.startTls = startTls;
            c.caFile = slapd.otherCaFile();
            c.version = f.core().sync().connector(Actor::system(), f.accountId()).value().value_or(c).version;
        });
        auto report = run(f);
        QVERIFY(!report);
        QCOMPARE(report.refusal().kind, Refusal::Kind::DirectoryServer);
        QVERIFY2(report.refusal().message.contains(QLatin1String("TLS")), qPrintable(why(report)));
    }
    QCOMPARE(count(f, QStringLiteral("source = 'sync'")), 0);
    auto state = f.core().sync().connector(Actor::system(), f.accountId());
    QCOMPARE(state.value()->lastResult, QStringLiteral("failed"));
    QVERIFY(state.value()->lastMessage.contains(QLatin1String("TLS")));
}

void TestDirectorySync::wrongBindPasswordIsRefused()
{
    PrivateSlapd slapd(people(1));
    QVERIFY2(slapd.isValid(), qPrintable(slapd.problem()));
    CoreFixture f;
    DirectoryConnector c = settingsFor(slapd, f.accountId());
    QVERIFY(f.core().sync().configure(f.actor(CoreFixture::Persona::Super), c, QByteArray("not-the-password")));
    auto report = run(f);
    QVERIFY(!report);
    QCOMPARE(report.refusal().kind, Refusal::Kind::DirectoryServer);
    QVERIFY2(report.refusal().message.contains(QLatin1String("refused the bind")), qPrintable(why(report)));
    QVERIFY(!report.refusal().message.contains(QLatin1String("not-the-password")));
}

void TestDirectorySync::unreachableServerIsNamed()
{
    PrivateSlapd slapd(people(1));
    QVERIFY2(slapd.isValid(), qPrintable(slapd.problem()));
    CoreFixture f;
    configure(f, slapd);
    slapd.kill();
    auto report = run(f);
    QVERIFY(!report);
    QCOMPARE(report.refusal().kind, Refusal::Kind::DirectoryServer);
    QVERIFY2(report.refusal().message.contains(QLatin1String("cannot be reached")), qPrintable(why(report)));
}

void TestDirectorySync::filterErrors()
{
    PrivateSlapd slapd(people(1));
    QVERIFY2(slapd.isValid(), qPrintable(slapd.problem()));
    CoreFixture f;
    DirectoryConnector c = settingsFor(slapd, f.accountId());
    c.filter = QStringLiteral("(&(objectClass=inetOrgPerson)(mail=*)");
    auto unbalanced = f.core().sync().configure(f.actor(CoreFixture::Persona::Super), c, QByteArray("x"));
    QVERIFY(!unbalanced);
    QCOMPARE(unbalanced.refusal().kind, Refusal::Kind::BadInput);
    // Balanced, but not LDAP: the run names the filter.
    configure(f, slapd, [](DirectoryConnector& s) { s.filter = QStringLiteral("(&(mail=*)(=nothing))"); });
    auto report = run(f);
    QVERIFY(!report);
    QCOMPARE(report.refusal().kind, Refusal::Kind::DirectoryServer);
    QVERIFY2(report.refusal().message.contains(QLatin1String("filter")), qPrintable(why(report)));
}

void TestDirectorySync::entryWithoutAddressIsLeftOut()
{
    PrivateSlapd slapd(people(2)
                       + PrivateSlapd::person(QStringLiteral("nomail"), QString(), QStringLiteral("No Mail")));
    QVERIFY2(slapd.isValid(), qPrintable(slapd.problem()));
    CoreFixture f;
    configure(f, slapd, [](DirectoryConnector& c) { c.filter = QStringLiteral("(objectClass=inetOrgPerson)"); });
    auto report = run(f);
    QVERIFY2(report, qPrintable(why(report)));
    QVERIFY(report.value().applied);
    QCOMPARE(report.value().created, 2);
    QCOMPARE(report.value().skippedCount, 1);
    QCOMPARE(report.value().skipped.first().dn, dnOf(QStringLiteral("nomail")));
    QVERIFY(report.value().skipped.first().message.contains(QLatin1String("mail")));
}

void TestDirectorySync::duplicateAddressKeepsTheFirst()
{
    PrivateSlapd slapd(
        people(2)
        + PrivateSlapd::person(QStringLiteral("twin"), QStringLiteral("U1@acme.test"), QStringLiteral("Twin")));
    QVERIFY2(slapd.isValid(), qPrintable(slapd.problem()));
    CoreFixture f;
    configure(f, slapd);
    auto report = run(f);
    QVERIFY2(report, qPrintable(why(report)));
    QCOMPARE(report.value().created, 2);
    QCOMPARE(report.value().skippedCount, 1);
    QVERIFY2(report.value().skipped.first().message.contains(QLatin1String("u1@acme.test"), Qt::CaseInsensitive),
             qPrintable(report.value().skipped.first().message));
    QCOMPARE(count(f, QStringLiteral("email_key = 'u1@acme.test'")), 1);
}

void TestDirectorySync::addressOutsideWritableDomains()
{
    PrivateSlapd slapd(people(2)
                       + PrivateSlapd::person(QStringLiteral("far"), QStringLiteral("far@elsewhere.test"),
                                              QStringLiteral("Far Away")));
    QVERIFY2(slapd.isValid(), qPrintable(slapd.problem()));
    CoreFixture f;
    // Not one of the account's internal domains.
    DirectoryConnector wrong = settingsFor(slapd, f.accountId());
    wrong.domains = {QStringLiteral("elsewhere.test")};
    QVERIFY(!f.core().sync().configure(f.actor(CoreFixture::Persona::Super), wrong, QByteArray("x")));
    configure(f, slapd);
    auto report = run(f);
    QVERIFY2(report, qPrintable(why(report)));
    QCOMPARE(report.value().created, 2);
    QCOMPARE(report.value().skippedCount, 1);
    QVERIFY(report.value().skipped.first().message.contains(QLatin1String("far@elsewhere.test")));
    QCOMPARE(field(f, QStringLiteral("email"), QStringLiteral("far@elsewhere.test")), QStringLiteral("<none>"));
}

void TestDirectorySync::addressOwnedByAnotherAccount()
{
    CoreFixture f;
    const Hierarchy h = buildHierarchy(f);
    QVERIFY(f.core().accounts().linkDomain(Actor::system(), QStringLiteral("master.test"), h.otherLeaf));
    PrivateSlapd slapd(
        PrivateSlapd::person(QStringLiteral("mia"), QStringLiteral("mia@master.test"), QStringLiteral("Mia"))
        + PrivateSlapd::person(QStringLiteral("max"), QStringLiteral("max@master.test"), QStringLiteral("Max")));
    QVERIFY2(slapd.isValid(), qPrintable(slapd.problem()));
    DirectoryConnector c = settingsFor(slapd, h.otherLeaf);
    QVERIFY(f.core().sync().configure(Actor::system(), c, QByteArray(PrivateSlapd::kSyncPassword)));
    auto report = f.core().sync().run(Actor::system(), h.otherLeaf, {});
    QVERIFY2(report, qPrintable(why(report)));
    QCOMPARE(report.value().created, 1);
    QCOMPARE(report.value().skippedCount, 1);
    QVERIFY2(report.value().skipped.first().message.contains(QLatin1String("MASTER")),
             qPrintable(report.value().skipped.first().message));
    QCOMPARE(field(f, QStringLiteral("account_id"), QStringLiteral("mia@master.test")), QString::number(h.master));
}

void TestDirectorySync::pagesPastTheSizeLimit()
{
    PrivateSlapd slapd(people(10001), 500);
    QVERIFY2(slapd.isValid(), qPrintable(slapd.problem()));
    CoreFixture f;
    configure(f, slapd);
    auto report = run(f);
    QVERIFY2(report, qPrintable(why(report)));
    QCOMPARE(report.value().entries, 10001);
    QCOMPARE(report.value().created, 10001);
    QCOMPARE(count(f, QStringLiteral("source = 'sync'")), 10001);
}

void TestDirectorySync::droppedConnectionChangesNothingAndNextRunContinues()
{
    PrivateSlapd slapd(people(3000));
    QVERIFY2(slapd.isValid(), qPrintable(slapd.problem()));
    CoreFixture f;
    configure(f, slapd);
    const qint64 before = count(f, QStringLiteral("1 = 1"));
    bool killed = false;
    auto report = run(f, {}, [&](qint64 entries) {
        if (entries > 0 && !killed) {
            killed = true;
            slapd.kill();
        }
        return true;
    });
    QVERIFY(killed);
    QVERIFY(!report);
    QCOMPARE(report.refusal().kind, Refusal::Kind::DirectoryServer);
    QCOMPARE(count(f, QStringLiteral("1 = 1")), before);
    auto state = f.core().sync().connector(Actor::system(), f.accountId());
    QCOMPARE(state.value()->lastResult, QStringLiteral("failed"));
    QVERIFY(state.value()->watermark.isEmpty());
    QVERIFY(slapd.start());
    auto next = run(f);
    QVERIFY2(next, qPrintable(why(next)));
    QVERIFY(next.value().full);
    QCOMPARE(next.value().created, 3000);
}

void TestDirectorySync::cancelChangesNothing()
{
    PrivateSlapd slapd(people(2000));
    QVERIFY2(slapd.isValid(), qPrintable(slapd.problem()));
    CoreFixture f;
    configure(f, slapd);
    auto report = run(f, {}, [](qint64 entries) { return entries < 500; });
    QVERIFY(!report);
    QCOMPARE(report.refusal().message, SyncService::cancelledMessage());
    QCOMPARE(count(f, QStringLiteral("source = 'sync'")), 0);
    QCOMPARE(f.core().sync().connector(Actor::system(), f.accountId()).value()->lastResult,
             QStringLiteral("cancelled"));
}

void TestDirectorySync::testConnectionSaysWhatItFound()
{
    PrivateSlapd slapd(people(3));
    QVERIFY2(slapd.isValid(), qPrintable(slapd.problem()));
    CoreFixture f;
    const DirectoryConnector c = settingsFor(slapd, f.accountId());
    auto ok = f.core().sync().testConnection(f.actor(CoreFixture::Persona::Super), c,
                                             QByteArray(PrivateSlapd::kSyncPassword));
    QVERIFY2(ok, qPrintable(why(ok)));
    QVERIFY2(ok.value().contains(QLatin1String("3")), qPrintable(ok.value()));
    auto wrong = f.core().sync().testConnection(f.actor(CoreFixture::Persona::Super), c, QByteArray("wrong"));
    QVERIFY(!wrong);
    QVERIFY(wrong.refusal().message.contains(QLatin1String("refused the bind")));
    DirectoryConnector missingBase = c;
    missingBase.baseDn = QStringLiteral("ou=nowhere,dc=example,dc=org");
    auto noBase = f.core().sync().testConnection(f.actor(CoreFixture::Persona::Super), missingBase,
                                                 QByteArray(PrivateSlapd::kSyncPassword));
    QVERIFY(!noBase);
    QVERIFY2(noBase.refusal().message.contains(QLatin1String("base DN")), qPrintable(why(noBase)));
}

void TestDirectorySync::hierarchyPermissions()
{
    CoreFixture f;
    const Hierarchy h = buildHierarchy(f);
    QVERIFY(f.core().accounts().linkDomain(Actor::system(), QStringLiteral("master.test"), h.leaf));
    PrivateSlapd slapd(
        PrivateSlapd::person(QStringLiteral("leo"), QStringLiteral("leo@master.test"), QStringLiteral("Leo")));
    QVERIFY2(slapd.isValid(), qPrintable(slapd.problem()));
    // The Master Administrator configures a nested account's connector and sees it from the master…
    DirectoryConnector c = settingsFor(slapd, h.leaf);
    auto saved = f.core().sync().configure(h.masterAdmin, c, QByteArray(PrivateSlapd::kSyncPassword));
    QVERIFY2(saved, qPrintable(why(saved)));
    auto seen = f.core().sync().connectorsBelow(h.masterAdmin, h.master);
    QVERIFY(seen);
    QCOMPARE(seen.value().size(), 1);
    QCOMPARE(seen.value().first().accountCode, QStringLiteral("MP1"));
    // …but does not run it (no Take Action).
    auto denied = f.core().sync().run(h.masterAdmin, h.leaf, {});
    QVERIFY(!denied);
    QCOMPARE(denied.refusal().kind, Refusal::Kind::Denied);
    // A Migration Administrator of the master runs it, and may not configure it.
    User max;
    max.email = QStringLiteral("max.migration@master.test");
    const qint64 maxId = f.core().directory().addUser(Actor::system(), h.master, max).value().id;
    const Role migration =
        f.core().roles().roleByName(Actor::system(), h.master, QStringLiteral("Migration Administrator")).value();
    QVERIFY(f.core().roles().addMembers(Actor::system(), migration.id, {max.email}));
    const Actor migrator {maxId, h.master, max.email, false, QStringLiteral("127.0.0.1")};
    auto ran = f.core().sync().run(migrator, h.leaf, {});
    QVERIFY2(ran, qPrintable(why(ran)));
    QCOMPARE(ran.value().created, 1);
    c.version = saved.value().version;
    QCOMPARE(f.core().sync().configure(migrator, c, std::nullopt).refusal().kind, Refusal::Kind::Denied);
    // In a standard account, help desk staff see nothing to run; a Basic Administrator neither.
    PrivateSlapd acme(people(1));
    configure(f, acme);
    QCOMPARE(f.core().sync().run(f.actor(CoreFixture::Persona::HelpDesk), f.accountId(), {}).refusal().kind,
             Refusal::Kind::Denied);
    QCOMPARE(f.core()
                 .sync()
                 .configure(f.actor(CoreFixture::Persona::HelpDesk), settingsFor(acme, f.accountId()), QByteArray("x"))
                 .refusal()
                 .kind,
             Refusal::Kind::Denied);
}

void TestDirectorySync::passwordOnlyInTheKeychain()
{
    PrivateSlapd slapd(people(1));
    QVERIFY2(slapd.isValid(), qPrintable(slapd.problem()));
    CoreFixture f;
    configure(f, slapd);
    QVERIFY(f.core().sync().hasPassword(f.accountId()).value());
    auto stored = Keychain().read(f.core().sync().passwordKey(f.accountId()));
    QVERIFY(stored);
    QCOMPARE(stored.value(), QByteArray(PrivateSlapd::kSyncPassword));
    // Nowhere in the database, nor in the audit log.
    QSqlQuery q(f.core().database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE after_json LIKE '%sync-secret%' OR "
                                  "before_json LIKE '%sync-secret%'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // Another computer (no keychain entry) is told to enter it there.
    QVERIFY(Keychain().remove(f.core().sync().passwordKey(f.accountId())));
    auto report = run(f);
    QVERIFY(!report);
    QCOMPARE(report.refusal().kind, Refusal::Kind::Keychain);
    QVERIFY(Keychain().write(f.core().sync().passwordKey(f.accountId()), PrivateSlapd::kSyncPassword));
}

void TestDirectorySync::scheduleIsDueAfterItsInterval()
{
    PrivateSlapd slapd(people(2));
    QVERIFY2(slapd.isValid(), qPrintable(slapd.problem()));
    CoreFixture f;
    const Actor super = f.actor(CoreFixture::Persona::Super);
    configure(f, slapd);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Only when asked: never due.
    QVERIFY(f.core().sync().due(super, now).value().isEmpty());
    configure(f, slapd, [&](DirectoryConnector& c) {
        c.scheduleMinutes = 15;
        c.version = f.core().sync().connector(super, f.accountId()).value()->version;
    });
    QCOMPARE(f.core().sync().due(super, now).value().size(), 1);
    // Not for someone who may not run it.
    QVERIFY(f.core().sync().due(f.actor(CoreFixture::Persona::HelpDesk), now).value().isEmpty());
    QVERIFY(run(f));
    QVERIFY(f.core().sync().due(super, QDateTime::currentDateTimeUtc()).value().isEmpty());
    QCOMPARE(f.core().sync().due(super, QDateTime::currentDateTimeUtc().addSecs(qint64(16) * 60)).value().size(), 1);
}

void TestDirectorySync::lastSuperAdministratorIsNotDisabled()
{
    CoreFixture f;
    const Hierarchy h = buildHierarchy(f);
    QVERIFY(f.core().accounts().linkDomain(Actor::system(), QStringLiteral("master.test"), h.otherLeaf));
    PrivateSlapd slapd(
        PrivateSlapd::person(QStringLiteral("sam"), QStringLiteral("sam@master.test"), QStringLiteral("Sam"))
        + PrivateSlapd::person(QStringLiteral("sue"), QStringLiteral("sue@master.test"), QStringLiteral("Sue")));
    QVERIFY2(slapd.isValid(), qPrintable(slapd.problem()));
    QVERIFY(f.core().sync().configure(Actor::system(), settingsFor(slapd, h.otherLeaf),
                                      QByteArray(PrivateSlapd::kSyncPassword)));
    QVERIFY(f.core().sync().run(Actor::system(), h.otherLeaf, {}));
    const Role super =
        f.core().roles().roleByName(Actor::system(), h.otherLeaf, QStringLiteral("Super Administrator")).value();
    QVERIFY(f.core().roles().addMembers(Actor::system(), super.id, {QStringLiteral("sam@master.test")}));
    // Both leave the directory: Sue is disabled; Sam, MP2's only Super Administrator, is kept.
    QVERIFY(slapd.modify(QStringLiteral("dn: %1\nchangetype: delete\n\ndn: %2\nchangetype: delete\n\n")
                             .arg(dnOf(QStringLiteral("sam")), dnOf(QStringLiteral("sue")))));
    SyncOptions full;
    full.full = true;
    auto report = f.core().sync().run(Actor::system(), h.otherLeaf, full);
    QVERIFY2(report, qPrintable(why(report)));
    QVERIFY(report.value().applied);
    QCOMPARE(report.value().disabled, 1);
    QCOMPARE(report.value().disabledUsers.first().email, QStringLiteral("sue@master.test"));
    QCOMPARE(report.value().skippedCount, 1);
    QVERIFY2(report.value().skipped.first().message.contains(QLatin1String("last active Super Administrator")),
             qPrintable(report.value().skipped.first().message));
    QCOMPARE(field(f, QStringLiteral("disabled"), QStringLiteral("sam@master.test")), QStringLiteral("0"));
    QCOMPARE(field(f, QStringLiteral("disabled"), QStringLiteral("sue@master.test")), QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TestDirectorySync)
#include "test_directory_sync.moc"

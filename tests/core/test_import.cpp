// Directory CSV import: routing, roles, address moves and changes, and every kind of bad file.
#include "CoreFixture.h"
#include "HierarchySetup.h"

#include <QBuffer>
#include <QTest>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

namespace {

Result<ImportReport> importText(CoreFixture& f, const Actor& actor, const QByteArray& csv, ImportOptions options = {},
                                const ImportService::Progress& progress = {})
{
    QByteArray data = csv;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    if (options.defaultAccountCode.isEmpty()) {
        options.defaultAccountCode = QStringLiteral("ACME");
    }
    return f.core().importer().importCsv(actor, buffer, options, progress);
}

qint64 userCount(CoreFixture& f, qint64 accountId)
{
    return f.core().directory().count(Actor::system(), accountId).value();
}

QStringList rolesOf(CoreFixture& f, const QString& email)
{
    QStringList names;
    for (const Role& role : f.core().roles().rolesOfUser(Actor::system(), email).value()) {
        names.append(role.name);
    }
    return names;
}

int auditCount(CoreFixture& f, const QString& action)
{
    AuditFilter filter;
    filter.action = action;
    return int(f.core().audit().list(Actor::system(), filter).value().size());
}

QString describe(const Result<ImportReport>& result)
{
    if (!result) {
        return result.refusal().message;
    }
    QStringList lines {result.value().notAppliedBecause};
    for (const ImportRowError& error : result.value().errors) {
        lines.append(QStringLiteral("%1: %2").arg(error.line).arg(error.message));
    }
    return lines.join(QLatin1Char('\n'));
}

void giveRole(CoreFixture& f, qint64 accountId, const QString& roleName, const QString& email)
{
    const Role role = f.core().roles().roleByName(Actor::system(), accountId, roleName).value();
    QVERIFY(f.core().roles().addMembers(Actor::system(), role.id, {email}));
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsNewUsersUpdatesExistingAndAssignsRoles()
    {
        CoreFixture f;
        const qint64 before = userCount(f, f.accountId());
        auto result = importText(f, f.actor(P::Super),
                                 "emailAddress,displayName,upn,role\r\n"
                                 "new1@acme.test,\"Doe, Jane\",jane@corp.test,Basic Administrator\r\n"
                                 "user00@acme.test,Renamed User,,\r\n"
                                 "NEW2@acme.test,,,help desk administrator\r\n");
        QVERIFY2(result && result.value().applied, qPrintable(describe(result)));
        const ImportReport& report = result.value();
        QCOMPARE(report.rows, 3);
        QCOMPARE(report.created, 2);
        QCOMPARE(report.updated, 1);
        QCOMPARE(report.roleAssignments, 2);
        QCOMPARE(userCount(f, f.accountId()), before + 2);
        const User jane = f.core().directory().find(Actor::system(), QStringLiteral("new1@acme.test")).value();
        QCOMPARE(jane.displayName, QStringLiteral("Doe, Jane"));
        QCOMPARE(jane.upn, QStringLiteral("jane@corp.test"));
        QCOMPARE(jane.source, QStringLiteral("import"));
        QCOMPARE(f.core().directory().find(Actor::system(), QStringLiteral("user00@acme.test")).value().displayName,
                 QStringLiteral("Renamed User"));
        QCOMPARE(rolesOf(f, QStringLiteral("new1@acme.test")), QStringList {QStringLiteral("Basic Administrator")});
        QCOMPARE(rolesOf(f, QStringLiteral("new2@acme.test")), QStringList {QStringLiteral("Help Desk Administrator")});
        QCOMPARE(auditCount(f, QStringLiteral("directory.import")), 1);
        // The new users are searchable at once.
        QCOMPARE(
            f.core().directory().search(Actor::system(), f.accountId(), QStringLiteral("doe")).value().users.size(), 1);
    }

    void importsEveryCharacterAsWritten()
    {
        // PostgreSQL stages rows through COPY's text format, where a backslash, a tab, a line
        // end and \N (its NULL) mean something: each must arrive as the file wrote it.
        CoreFixture f;
        auto result = importText(f, f.actor(P::Super),
                                 "emailAddress,displayName,upn\n"
                                 "slash@acme.test,\"Back\\slash \\N Müller 日本\",corp\\slash\\N@corp.test\n"
                                 "lines@acme.test,\"Two\nlines\",\"tab\there\"\n"
                                 "quote@acme.test,\"Say \"\"hi\"\"\",\n");
        QVERIFY2(result && result.value().applied, qPrintable(describe(result)));
        QCOMPARE(result.value().created, 3);
        const auto user = [&](const char* email) {
            return f.core().directory().find(Actor::system(), QString::fromLatin1(email)).value();
        };
        QCOMPARE(user("slash@acme.test").displayName, QStringLiteral("Back\\slash \\N Müller 日本"));
        QCOMPARE(user("slash@acme.test").upn, QStringLiteral("corp\\slash\\N@corp.test"));
        QCOMPARE(user("lines@acme.test").displayName, QStringLiteral("Two lines"));
        QCOMPARE(user("lines@acme.test").upn, QStringLiteral("tab\there"));
        QCOMPARE(user("quote@acme.test").displayName, QStringLiteral("Say \"hi\""));
        QCOMPARE(user("quote@acme.test").upn, QString());
        QCOMPARE(
            f.core().directory().search(Actor::system(), f.accountId(), QStringLiteral("müller")).value().users.size(),
            1);
    }

    void badFilesAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("only blank lines") << QByteArray("\r\n\r\n") << QStringLiteral("empty");
        QTest::newRow("missing header") << QByteArray("a@acme.test,Ann\nb@acme.test,Bob\n")
                                        << QStringLiteral("header row belongs");
        QTest::newRow("unknown column") << QByteArray("emailAddress,department\na@acme.test,Sales\n")
                                        << QStringLiteral("unknown column \"department\"");
        QTest::newRow("no emailAddress column") << QByteArray("displayName\nAnn\n") << QStringLiteral("emailAddress");
        QTest::newRow("column twice") << QByteArray("emailAddress,EMAILADDRESS\na@acme.test,b@acme.test\n")
                                      << QStringLiteral("twice");
        QTest::newRow("header only") << QByteArray("emailAddress\n") << QStringLiteral("no rows");
        QTest::newRow("invalid UTF-8") << QByteArray("emailAddress,displayName\na@acme.test,J\xFCrgen\n")
                                       << QStringLiteral("UTF-8");
        QTest::newRow("unterminated quote")
            << QByteArray("emailAddress,displayName\na@acme.test,\"Ann\n") << QStringLiteral("never closed");
        QByteArray huge("emailAddress\n");
        huge.append(QByteArray(qsizetype(10) * 1024 * 1024, 'a'));
        huge.append("@acme.test\n");
        QTest::newRow("10 MB single line") << huge << QStringLiteral("Line 2");
    }

    void badFilesAreRefusedAndChangeNothing()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, says);
        CoreFixture f;
        const qint64 before = userCount(f, f.accountId());
        const int audits = auditCount(f, QStringLiteral("directory.import"));
        auto result = importText(f, f.actor(P::Super), csv);
        QVERIFY(!result);
        QCOMPARE(result.refusal().kind, Refusal::Kind::BadInput);
        QVERIFY2(result.refusal().message.contains(says, Qt::CaseInsensitive), qPrintable(result.refusal().message));
        QCOMPARE(userCount(f, f.accountId()), before);
        QCOMPARE(auditCount(f, QStringLiteral("directory.import")), audits);
    }

    void everyRejectedRowIsReportedWithItsLine()
    {
        CoreFixture f;
        const Hierarchy h = buildHierarchy(f);
        QVERIFY(f.core().accounts().linkDomain(Actor::system(), QStringLiteral("master.test"), h.leaf));
        QVERIFY(f.core().accounts().linkDomain(Actor::system(), QStringLiteral("master.test"), h.otherLeaf));
        User owned;
        owned.email = QStringLiteral("owned@master.test");
        QVERIFY(f.core().directory().addUser(Actor::system(), h.leaf, owned));
        const qint64 before1 = userCount(f, h.leaf);
        const qint64 before2 = userCount(f, h.otherLeaf);
        auto result = importText(f, Actor::system(),
                                 "emailAddress,remoteaccountcode,allowAddressMigration,role\n"
                                 "ok1@master.test,MP2,,\n" // 2: fine
                                 "x@master.test,NOPE,,\n" // 3: unknown account code
                                 "ok1@master.test,MP2,,\n" // 4: duplicate of line 2
                                 "owned@master.test,MP2,,\n" // 5: owned by MP1
                                 "not an address,MP2,,\n" // 6: malformed
                                 "y@elsewhere.test,MP2,,\n" // 7: outside the domains
                                 "z@master.test,MP2,maybe,\n" // 8: bad flag
                                 "w@master.test,MP2,,Super Administrator\n" // 9: role not importable
                                 "v@master.test,MP2\n" // 10: too few fields
                                 "u@master.test,GRP,,\n", // 11: a group
                                 ImportOptions {QStringLiteral("MASTER"), false, false});
        QVERIFY2(result, qPrintable(describe(result)));
        const ImportReport& report = result.value();
        QVERIFY(!report.applied);
        QCOMPARE(report.rows, 10);
        QCOMPARE(report.errorCount, 9);
        QList<qint64> lines;
        for (const ImportRowError& error : report.errors) {
            lines.append(error.line);
        }
        QCOMPARE(lines, (QList<qint64> {3, 4, 5, 6, 7, 8, 9, 10, 11}));
        QVERIFY(report.errors.at(0).message.contains(QLatin1String("unknown account code \"NOPE\"")));
        QVERIFY(report.errors.at(1).message.contains(QLatin1String("first on line 2")));
        QVERIFY(report.errors.at(2).message.contains(QLatin1String("allowAddressMigration")));
        QVERIFY(report.errors.at(2).message.contains(QLatin1String("MP1")));
        QVERIFY(report.notAppliedBecause.contains(QLatin1String("nothing was imported")));
        QCOMPARE(userCount(f, h.leaf), before1);
        QCOMPARE(userCount(f, h.otherLeaf), before2);
    }

    void rowsAreRoutedByAccountCode()
    {
        CoreFixture f;
        const Hierarchy h = buildHierarchy(f);
        QVERIFY(f.core().accounts().linkDomain(h.masterAdmin, QStringLiteral("master.test"), h.leaf));
        QVERIFY(f.core().accounts().linkDomain(h.masterAdmin, QStringLiteral("master.test"), h.otherLeaf));
        auto withoutCodes = importText(f, h.masterAdmin, "emailAddress\na@master.test\n",
                                       ImportOptions {QStringLiteral("MASTER"), false, false});
        QVERIFY(!withoutCodes);
        QVERIFY(withoutCodes.refusal().message.contains(QLatin1String("remoteaccountcode")));

        auto result = importText(f, h.masterAdmin,
                                 "remoteaccountcode,emailAddress\nMP1,a@master.test\nmp2,b@master.test\n"
                                 "MP1,c@master.test\n",
                                 ImportOptions {QStringLiteral("MASTER"), false, false});
        QVERIFY2(result && result.value().applied, qPrintable(describe(result)));
        QCOMPARE(userCount(f, h.leaf), 2);
        QCOMPARE(userCount(f, h.otherLeaf), 1);
        QCOMPARE(auditCount(f, QStringLiteral("directory.import")), 2); // one per account

        // The Master Administrator may import but cannot hand out roles beyond its own.
        auto escalation =
            importText(f, h.masterAdmin, "remoteaccountcode,emailAddress,role\nMP1,d@master.test,Basic Administrator\n",
                       ImportOptions {QStringLiteral("MASTER"), false, false});
        QVERIFY(escalation);
        QVERIFY(!escalation.value().applied);
        QCOMPARE(escalation.value().errorCount, 1);
    }

    void aHelpDeskAdministratorCannotImport()
    {
        CoreFixture f;
        const qint64 before = userCount(f, f.accountId());
        auto result = importText(f, f.actor(P::HelpDesk), "emailAddress\nhd1@acme.test\nhd2@acme.test\n");
        QVERIFY(result);
        QVERIFY(!result.value().applied);
        QCOMPARE(result.value().errorCount, 2);
        QVERIFY2(result.value().errors.first().message.contains(QLatin1String("Help Desk")),
                 qPrintable(result.value().errors.first().message));
        QCOMPARE(userCount(f, f.accountId()), before);
    }

    void movingAnAddressListsAndRemovesItsRolesOnlyWhenConfirmed()
    {
        CoreFixture f;
        const Hierarchy h = buildHierarchy(f);
        QVERIFY(f.core().accounts().linkDomain(Actor::system(), QStringLiteral("master.test"), h.leaf));
        QVERIFY(f.core().accounts().linkDomain(Actor::system(), QStringLiteral("master.test"), h.otherLeaf));
        User moving;
        moving.email = QStringLiteral("mover@master.test");
        QVERIFY(f.core().directory().addUser(Actor::system(), h.leaf, moving));
        giveRole(f, h.leaf, QStringLiteral("Basic Administrator"), moving.email);
        const QByteArray csv("emailAddress,remoteaccountcode,allowAddressMigration\nmover@master.test,MP2,true\n");

        auto unconfirmed = importText(f, Actor::system(), csv, ImportOptions {QStringLiteral("MASTER"), false, false});
        QVERIFY2(unconfirmed, qPrintable(describe(unconfirmed)));
        QVERIFY(!unconfirmed.value().applied);
        QCOMPARE(unconfirmed.value().addressChanges.size(), 1);
        const ImportAddressChange change = unconfirmed.value().addressChanges.first();
        QCOMPARE(change.fromAccount, QStringLiteral("MP1"));
        QCOMPARE(change.toAccount, QStringLiteral("MP2"));
        QCOMPARE(change.rolesLost, QStringList {QStringLiteral("Basic Administrator (MP1)")});
        QCOMPARE(userCount(f, h.leaf), 1);

        auto confirmed = importText(f, Actor::system(), csv, ImportOptions {QStringLiteral("MASTER"), false, true});
        QVERIFY2(confirmed && confirmed.value().applied, qPrintable(describe(confirmed)));
        QCOMPARE(confirmed.value().moved, 1);
        QCOMPARE(f.core().directory().find(Actor::system(), moving.email).value().accountId, h.otherLeaf);
        QVERIFY(rolesOf(f, moving.email).isEmpty());
        QCOMPARE(auditCount(f, QStringLiteral("user.move")), 1);
    }

    void aPrimaryAddressChangeRemovesRolesButAUpnChangeKeepsThem()
    {
        CoreFixture f;
        User jdoe;
        jdoe.email = QStringLiteral("jdoe@acme.test");
        jdoe.upn = QStringLiteral("jdoe@corp.test");
        QVERIFY(f.core().directory().addUser(Actor::system(), f.accountId(), jdoe));
        giveRole(f, f.accountId(), QStringLiteral("Basic Administrator"), jdoe.email);

        // UPN-only change: same primary address, roles stay.
        auto upnOnly = importText(f, f.actor(P::Super), "emailAddress,upn\njdoe@acme.test,john.doe@corp.test\n");
        QVERIFY2(upnOnly && upnOnly.value().applied, qPrintable(describe(upnOnly)));
        QVERIFY(upnOnly.value().addressChanges.isEmpty());
        QCOMPARE(rolesOf(f, jdoe.email), QStringList {QStringLiteral("Basic Administrator")});

        const QByteArray rename("emailAddress,upn\njohn.doe@acme.test,john.doe@corp.test\n");
        auto listed = importText(f, f.actor(P::Super), rename);
        QVERIFY(listed);
        QVERIFY(!listed.value().applied);
        QCOMPARE(listed.value().addressChanges.size(), 1);
        QCOMPARE(listed.value().addressChanges.first().oldEmail, jdoe.email);
        QCOMPARE(listed.value().addressChanges.first().rolesLost,
                 QStringList {QStringLiteral("Basic Administrator (ACME)")});
        auto dryRun = importText(f, f.actor(P::Super), rename, ImportOptions {{}, true, true});
        QVERIFY(dryRun && !dryRun.value().applied);
        QVERIFY(f.core().directory().find(Actor::system(), jdoe.email));

        auto applied = importText(f, f.actor(P::Super), rename, ImportOptions {{}, false, true});
        QVERIFY2(applied && applied.value().applied, qPrintable(describe(applied)));
        QCOMPARE(applied.value().renamed, 1);
        QVERIFY(!f.core().directory().find(Actor::system(), jdoe.email));
        QVERIFY(rolesOf(f, QStringLiteral("john.doe@acme.test")).isEmpty());
        AuditFilter filter;
        filter.action = QStringLiteral("user.address_change");
        const QList<AuditEntry> entries = f.core().audit().list(Actor::system(), filter).value();
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.first().before.contains(QLatin1String("Basic Administrator (ACME)")));
    }

    void anAddressChangeCannotStripAProtectedRole()
    {
        CoreFixture f;
        QVERIFY(f.database().execRaw(QStringLiteral("UPDATE users SET upn = 'second.super@corp.test' WHERE email_key = "
                                                    "'super2@acme.test'")));
        const QByteArray csv("emailAddress,upn\nnew.super2@acme.test,second.super@corp.test\n");
        auto refused = importText(f, f.actor(P::Super), csv, ImportOptions {{}, false, true});
        QVERIFY(refused);
        QVERIFY(!refused.value().applied);
        QCOMPARE(refused.value().errorCount, 1);
        QVERIFY2(refused.value().errors.first().message.contains(QLatin1String("change request")),
                 qPrintable(refused.value().errors.first().message));
        QCOMPARE(rolesOf(f, CoreFixture::email(P::SecondSuper)), QStringList {QStringLiteral("Super Administrator")});
    }

    void repeatsAreFoundAcrossTheWholeFile()
    {
        CoreFixture f;
        User jdoe;
        jdoe.email = QStringLiteral("jdoe@acme.test");
        jdoe.upn = QStringLiteral("jdoe@corp.test");
        QVERIFY(f.core().directory().addUser(Actor::system(), f.accountId(), jdoe));
        auto result = importText(f, f.actor(P::Super),
                                 "emailAddress,upn\n"
                                 "a@acme.test,\n" // 2: fine
                                 "john.doe@acme.test,jdoe@corp.test\n" // 3: jdoe, renamed by UPN
                                 "A@acme.test,\n" // 4: repeats line 2 (addresses ignore case)
                                 "jdoe@acme.test,\n" // 5: jdoe again, by the old address
                                 "bad address,\n" // 6: malformed
                                 "a@acme.test,\n", // 7: repeats line 2
                                 ImportOptions {{}, false, true});
        QVERIFY2(result, qPrintable(describe(result)));
        const ImportReport& report = result.value();
        QVERIFY(!report.applied);
        QCOMPARE(report.errorCount, 4);
        QStringList said;
        for (const ImportRowError& error : report.errors) {
            said.append(QStringLiteral("%1: %2").arg(error.line).arg(error.message));
        }
        QCOMPARE(said.size(), 4);
        QVERIFY2(said.at(0).startsWith(QLatin1String("4: A@acme.test appears again; it is first on line 2")),
                 qPrintable(said.at(0)));
        QVERIFY2(said.at(1).startsWith(QLatin1String("5: changes the same user as line 3")), qPrintable(said.at(1)));
        QVERIFY2(said.at(2).startsWith(QLatin1String("6: ")), qPrintable(said.at(2)));
        QVERIFY2(said.at(3).startsWith(QLatin1String("7: a@acme.test appears again; it is first on line 2")),
                 qPrintable(said.at(3)));
        // The rename that stays is listed with the roles it removes (none).
        QCOMPARE(report.addressChanges.size(), 1);
        QCOMPARE(report.addressChanges.first().line, 3);
        QCOMPARE(report.addressChanges.first().oldEmail, jdoe.email);
        QVERIFY(f.core().directory().find(Actor::system(), jdoe.email));

        // Past the listed maximum the count goes on, and the list keeps the first lines.
        QByteArray many("emailAddress\n");
        for (int i = 0; i < ImportReport::kMaxListedErrors + 10; ++i) {
            many += "same@acme.test\n";
        }
        many += "not an address\n";
        auto capped = importText(f, f.actor(P::Super), many);
        QVERIFY2(capped, qPrintable(describe(capped)));
        QCOMPARE(capped.value().errorCount, ImportReport::kMaxListedErrors + 10);
        QCOMPARE(capped.value().errors.size(), ImportReport::kMaxListedErrors);
        QCOMPARE(capped.value().errors.first().line, 3);
        QCOMPARE(capped.value().errors.last().line, ImportReport::kMaxListedErrors + 2);
    }

    void cancellingLeavesTheDatabaseUnchanged()
    {
        CoreFixture f;
        QByteArray csv("emailAddress,displayName\n");
        for (int i = 0; i < 10000; ++i) {
            csv.append(QStringLiteral("bulk%1@acme.test,Bulk %1\n").arg(i).toUtf8());
        }
        const qint64 before = userCount(f, f.accountId());
        int calls = 0;
        auto cancelled = importText(f, f.actor(P::Super), csv, {}, [&](qint64 done, qint64 total) {
            ++calls;
            return !(done > 0 && total > 0 && calls >= 2);
        });
        QVERIFY(!cancelled);
        QVERIFY(cancelled.refusal().message.contains(QLatin1String("cancelled")));
        QCOMPARE(userCount(f, f.accountId()), before);
        auto done = importText(f, f.actor(P::Super), csv);
        QVERIFY2(done && done.value().applied, qPrintable(describe(done)));
        QCOMPARE(userCount(f, f.accountId()), before + 10000);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "test_import.moc"

// Consoles on one database see each other's changes: the change feed (PostgreSQL LISTEN/NOTIFY
// on a connection of its own, SQLite's data_version) announces what another console committed,
// skips this console's own changes, reads a burst once, catches up after the server dropped its
// connections, and a stale role edit is refused instead of overwriting a colleague's. Two
// consoles here are two CoreServices over the same database, each with its own connections. A
// real server restart runs on a PostgreSQL server of the test's own.
#include "CoreFixture.h"
#include "PrivatePostgres.h"

#include <QSignalSpy>
#include <QTest>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

class TestChangeFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anotherConsolesChangeIsAnnounced()
    {
        CoreFixture fixture;
        auto other = fixture.anotherConsole();
        QVERIFY(other->feed().start(200));
        QSignalSpy received(&other->feed(), &ChangeFeed::received);
        QSignalSpy members(&other->notifier(), &ChangeNotifier::membersChanged);
        QSignalSpy audited(&other->notifier(), &ChangeNotifier::auditAppended);

        const Role helpDesk = fixture.role(QStringLiteral("Help Desk Administrator"));
        QVERIFY(fixture.core().roles().addMembers(fixture.actor(P::Super), helpDesk.id, {CoreFixture::plainUser(3)}));

        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 5000);
        const auto records = received.at(0).at(0).value<QList<ChangeRecord>>();
        QCOMPARE(records.size(), 1);
        const ChangeRecord& record = records.first();
        QCOMPARE(record.kind, Changed::Members);
        QCOMPARE(record.accountId, fixture.accountId());
        QCOMPARE(record.accountCode, QStringLiteral("ACME"));
        QCOMPARE(record.roleId, helpDesk.id);
        QCOMPARE(record.roleName, helpDesk.name);
        QCOMPARE(record.user, CoreFixture::plainUser(3));
        QCOMPARE(record.actor, CoreFixture::email(P::Super));
        QVERIFY(record.auditSeq > 0);
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.at(0).at(0).toLongLong(), helpDesk.id);
        QCOMPARE(audited.size(), 1);
        // What the other console reads now includes the change.
        auto page = other->roles().members(fixture.actor(P::Super), helpDesk.id);
        QVERIFY(page);
        const bool listed = std::any_of(page.value().members.cbegin(), page.value().members.cend(),
                                        [](const auto& m) { return m.email == CoreFixture::plainUser(3); });
        QVERIFY(listed);
    }

    void ownChangesAreNotAnnouncedTwice()
    {
        CoreFixture fixture;
        auto other = fixture.anotherConsole();
        QVERIFY(fixture.core().feed().start(100));
        QSignalSpy received(&fixture.core().feed(), &ChangeFeed::received);
        QSignalSpy members(&fixture.core().notifier(), &ChangeNotifier::membersChanged);
        const Role helpDesk = fixture.role(QStringLiteral("Help Desk Administrator"));

        QVERIFY(fixture.core().roles().addMembers(fixture.actor(P::Super), helpDesk.id, {CoreFixture::plainUser(4)}));
        QCOMPARE(members.size(), 1); // announced by the write itself, at commit
        // Then a change of the other console: once it has arrived, everything before it was read.
        QVERIFY(other->roles().removeMember(fixture.actor(P::Super), helpDesk.id, CoreFixture::plainUser(4)));
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 5000);
        const auto records = received.at(0).at(0).value<QList<ChangeRecord>>();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().origin, other->writes().origin());
        QCOMPARE(members.size(), 2);
    }

    void aBurstIsReadAndAnnouncedOnce()
    {
        CoreFixture fixture;
        auto other = fixture.anotherConsole();
        QVERIFY(other->feed().start(200));
        QSignalSpy received(&other->feed(), &ChangeFeed::received);
        QSignalSpy members(&other->notifier(), &ChangeNotifier::membersChanged);
        const Role helpDesk = fixture.role(QStringLiteral("Help Desk Administrator"));
        constexpr int kChanges = 1000;
        for (int i = 0; i < kChanges; ++i) {
            const QString user = CoreFixture::plainUser(i % CoreFixture::kPlainUsers);
            const auto done = i / CoreFixture::kPlainUsers % 2 == 0
                ? fixture.core().roles().addMembers(fixture.actor(P::Super), helpDesk.id, {user}).ok()
                : fixture.core().roles().removeMember(fixture.actor(P::Super), helpDesk.id, user).ok();
            QVERIFY(done);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), 5000);
        QTest::qWait(300);
        qsizetype rows = 0;
        for (const auto& signal : std::as_const(received)) {
            rows += signal.at(0).value<QList<ChangeRecord>>().size();
        }
        QCOMPARE(rows, qsizetype(kChanges));
        // Every row arrived; the role's views were told once per read, not once per change.
        QCOMPARE(members.size(), received.size());
        QVERIFY(received.size() < 5);
    }

    void catchesUpAfterTheServerDroppedItsConnections()
    {
        CoreFixture fixture;
        if (!fixture.database().isPostgres()) {
            QSKIP("a server that drops connections is PostgreSQL's case; SQLite has none");
        }
        auto other = fixture.anotherConsole();
        QVERIFY(other->feed().start(200));
        QSignalSpy online(&other->feed(), &ChangeFeed::onlineChanged);
        QSignalSpy received(&other->feed(), &ChangeFeed::received);
        // The server ends every session of this database (as a restart does), then a change is
        // committed while the other console is cut off.
        QVERIFY(fixture.database().execRaw(
            QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
                           "AND pid <> pg_backend_pid()")));
        QTRY_VERIFY_WITH_TIMEOUT(!online.isEmpty(), 5000);
        QCOMPARE(online.first().at(0).toBool(), false);
        QVERIFY(!online.first().at(1).toString().isEmpty());
        QVERIFY(fixture.core().database().ensureConnected());
        const Role helpDesk = fixture.role(QStringLiteral("Help Desk Administrator"));
        QVERIFY(fixture.core().roles().addMembers(fixture.actor(P::Super), helpDesk.id, {CoreFixture::plainUser(7)}));

        QTRY_COMPARE_WITH_TIMEOUT(online.size(), 2, 10000);
        QCOMPARE(online.at(1).at(0).toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 5000);
        QCOMPARE(received.at(0).at(0).value<QList<ChangeRecord>>().first().user, CoreFixture::plainUser(7));
        // The other console's own connection works again, and its writes go through once.
        QVERIFY(other->roles().removeMember(fixture.actor(P::Super), helpDesk.id, CoreFixture::plainUser(7)));
        auto held = fixture.core().roles().members(fixture.actor(P::Super), helpDesk.id);
        QVERIFY(held);
        for (const auto& member : std::as_const(held.value().members)) {
            QVERIFY(member.email != CoreFixture::plainUser(7));
        }
        auto verified = fixture.core().audit().verify();
        QVERIFY(verified);
        QVERIFY2(verified.value().intact, qPrintable(verified.value().problem));
    }

    void aServerRestartUnderRunningConsolesLosesAndRepeatsNothing()
    {
        if (TestDatabase::backend() != QLatin1String("postgresql")) {
            QSKIP("a server restart is PostgreSQL's case; SQLite has no server");
        }
        PrivatePostgres server;
        QVERIFY2(server.isValid(), qPrintable(server.problem()));
        const QByteArray sharedServer = qgetenv("WARDEN_TEST_PG_URL");
        qputenv("WARDEN_TEST_PG_URL", server.url().toUtf8());
        CoreFixture fixture;
        qputenv("WARDEN_TEST_PG_URL", sharedServer);
        auto other = fixture.anotherConsole();
        QVERIFY(fixture.core().feed().start(200));
        QVERIFY(other->feed().start(200));
        QSignalSpy mineOnline(&fixture.core().feed(), &ChangeFeed::onlineChanged);
        QSignalSpy online(&other->feed(), &ChangeFeed::onlineChanged);
        QSignalSpy received(&other->feed(), &ChangeFeed::received);
        const Role helpDesk = fixture.role(QStringLiteral("Help Desk Administrator"));
        QVERIFY(fixture.core().roles().addMembers(fixture.actor(P::Super), helpDesk.id, {CoreFixture::plainUser(1)}));
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 5000);

        // Restarted: both consoles say they are offline, then reconnect by themselves.
        QVERIFY(server.restart());
        QTRY_VERIFY_WITH_TIMEOUT(!online.isEmpty() && !mineOnline.isEmpty(), 10000);
        QCOMPARE(online.first().at(0).toBool(), false);
        QTRY_VERIFY_WITH_TIMEOUT(online.size() >= 2 && mineOnline.size() >= 2, 15000);
        QCOMPARE(online.last().at(0).toBool(), true);
        QCOMPARE(mineOnline.last().at(0).toBool(), true);

        // The change committed before the restart is there; a write after it goes through once
        // and reaches the other console.
        const auto membersNow = [&](CoreServices& core) {
            QStringList emails;
            for (const auto& member : core.roles().members(fixture.actor(P::Super), helpDesk.id).value().members) {
                emails.append(member.email);
            }
            return emails;
        };
        QVERIFY(membersNow(*other).contains(CoreFixture::plainUser(1)));
        QVERIFY(fixture.core().roles().addMembers(fixture.actor(P::Super), helpDesk.id, {CoreFixture::plainUser(2)}));
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 2, 5000);
        QCOMPARE(received.last().at(0).value<QList<ChangeRecord>>().first().user, CoreFixture::plainUser(2));

        // A write while the server is down is refused with a clear message and leaves nothing
        // half-done; once the server is back the same write applies exactly once.
        const qsizetype mineBefore = mineOnline.size();
        const qsizetype otherBefore = online.size();
        QVERIFY(server.stop());
        auto refused =
            fixture.core().roles().addMembers(fixture.actor(P::Super), helpDesk.id, {CoreFixture::plainUser(3)});
        QVERIFY(!refused);
        QCOMPARE(refused.refusal().kind, Refusal::Kind::Storage);
        QVERIFY2(refused.refusal().message.contains(QStringLiteral("server")), qPrintable(refused.refusal().message));
        QTRY_VERIFY_WITH_TIMEOUT(mineOnline.size() > mineBefore && online.size() > otherBefore, 10000);
        QCOMPARE(mineOnline.at(mineBefore).at(0).toBool(), false);
        QVERIFY(server.start());
        QTRY_VERIFY_WITH_TIMEOUT(mineOnline.size() > mineBefore + 1 && online.size() > otherBefore + 1, 15000);
        QVERIFY(mineOnline.last().at(0).toBool() && online.last().at(0).toBool());
        auto retried =
            fixture.core().roles().addMembers(fixture.actor(P::Super), helpDesk.id, {CoreFixture::plainUser(3)});
        QVERIFY2(retried, retried ? "" : qPrintable(retried.refusal().message));
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 3, 5000);
        QCOMPARE(membersNow(*other).count(CoreFixture::plainUser(3)), 1);
        AuditFilter added;
        added.action = QStringLiteral("role.member.add");
        qsizetype additionsOfUser3 = 0;
        for (const AuditEntry& entry : fixture.core().audit().list(Actor::system(), added).value()) {
            additionsOfUser3 += entry.target.contains(CoreFixture::plainUser(3)) ? 1 : 0;
        }
        QCOMPARE(additionsOfUser3, qsizetype(1));
        auto verified = other->audit().verify();
        QVERIFY(verified);
        QVERIFY2(verified.value().intact, qPrintable(verified.value().problem));
        fixture.core().feed().stop();
        other->feed().stop();
    }

    void aStaleRoleEditIsRefused()
    {
        CoreFixture fixture;
        auto other = fixture.anotherConsole();
        auto created =
            fixture.core().roles().createRole(fixture.actor(P::Super), fixture.accountId(), QStringLiteral("Mail Ops"),
                                              QStringLiteral("first"), PermissionSet());
        QVERIFY(created);
        const Role opened = created.value(); // both editors open version 1
        QCOMPARE(opened.version, 1);

        auto first =
            other->roles().updateRole(fixture.actor(P::SecondSuper), opened.id, opened.name,
                                      QStringLiteral("saved by the colleague"), opened.permissions, opened.version);
        QVERIFY(first);
        QCOMPARE(first.value().version, 2);

        auto stale =
            fixture.core().roles().updateRole(fixture.actor(P::Super), opened.id, opened.name,
                                              QStringLiteral("would overwrite"), opened.permissions, opened.version);
        QVERIFY(!stale);
        QCOMPARE(stale.refusal().kind, Refusal::Kind::Conflict);
        QVERIFY2(stale.refusal().message.contains(CoreFixture::email(P::SecondSuper)),
                 qPrintable(stale.refusal().message));
        QVERIFY(stale.refusal().message.contains(QStringLiteral("reload")));
        auto now = fixture.core().roles().role(fixture.actor(P::Super), opened.id);
        QVERIFY(now);
        QCOMPARE(now.value().description, QStringLiteral("saved by the colleague"));
        QCOMPARE(now.value().changedBy, CoreFixture::email(P::SecondSuper));

        // After reloading, the same edit goes through.
        auto reloaded = fixture.core().roles().updateRole(fixture.actor(P::Super), opened.id, opened.name,
                                                          QStringLiteral("after reloading"), opened.permissions,
                                                          now.value().version);
        QVERIFY(reloaded);
        QCOMPARE(reloaded.value().version, 3);
    }

    void aStaleAllowListSaveIsRefused()
    {
        CoreFixture fixture;
        auto other = fixture.anotherConsole();
        auto opened = fixture.core().accounts().ipRestrictions(fixture.actor(P::Super), fixture.accountId());
        QVERIFY(opened);
        const int base = opened.value().version;
        auto colleague = other->accounts().setIpRestrictions(fixture.actor(P::SecondSuper), fixture.accountId(),
                                                             {QStringLiteral("127.0.0.0/8")}, false, base);
        QVERIFY2(colleague, colleague ? "" : qPrintable(colleague.refusal().message));
        QCOMPARE(colleague.value().version, base + 1);
        auto stale = fixture.core().accounts().setIpRestrictions(
            fixture.actor(P::Super), fixture.accountId(),
            {QStringLiteral("127.0.0.0/8"), QStringLiteral("192.0.2.0/24")}, false, base);
        QVERIFY(!stale);
        QCOMPARE(stale.refusal().kind, Refusal::Kind::Conflict);
        QVERIFY2(stale.refusal().message.contains(CoreFixture::email(P::SecondSuper)),
                 qPrintable(stale.refusal().message));
        auto now = fixture.core().accounts().ipRestrictions(fixture.actor(P::Super), fixture.accountId());
        QCOMPARE(now.value().ranges, QStringList {QStringLiteral("127.0.0.0/8")});
        QCOMPARE(now.value().changedBy, CoreFixture::email(P::SecondSuper));
    }

    void aStaleContactEditIsRefused()
    {
        CoreFixture fixture;
        auto other = fixture.anotherConsole();
        AccountContact added;
        added.accountId = fixture.accountId();
        added.name = QStringLiteral("Dana Director");
        added.email = QStringLiteral("dana@acme.example");
        added.directorOrHigher = true;
        auto saved = fixture.core().contacts().save(fixture.actor(P::Super), added);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.refusal().message));
        QVERIFY(saved.value().changedAt.isValid());
        QCOMPARE(saved.value().changedBy, CoreFixture::email(P::Super));
        // Both consoles read the contact; the colleague saves first.
        AccountContact mine =
            fixture.core().contacts().list(fixture.actor(P::Super), fixture.accountId()).value().at(0);
        AccountContact theirs =
            other->contacts().list(fixture.actor(P::SecondSuper), fixture.accountId()).value().at(0);
        theirs.title = QStringLiteral("Chief Information Officer");
        QTest::qWait(5); // a later save has a later time, to the millisecond
        auto colleague = other->contacts().save(fixture.actor(P::SecondSuper), theirs);
        QVERIFY2(colleague, colleague ? "" : qPrintable(colleague.refusal().message));
        mine.directorOrHigher = false;
        auto stale = fixture.core().contacts().save(fixture.actor(P::Super), mine);
        QVERIFY(!stale);
        QCOMPARE(stale.refusal().kind, Refusal::Kind::Conflict);
        QVERIFY2(stale.refusal().message.contains(CoreFixture::email(P::SecondSuper)),
                 qPrintable(stale.refusal().message));
        const AccountContact now =
            fixture.core().contacts().list(fixture.actor(P::Super), fixture.accountId()).value().at(0);
        QCOMPARE(now.title, QStringLiteral("Chief Information Officer"));
        QVERIFY(now.directorOrHigher);
        // Read again, the same change saves.
        AccountContact reloaded = now;
        reloaded.directorOrHigher = false;
        QVERIFY(fixture.core().contacts().save(fixture.actor(P::Super), reloaded));
    }
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "test_change_feed.moc"

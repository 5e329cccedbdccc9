// The one audited write path: what it authorizes, keeps, audits and announces, and what a refusal
// (of the change, of a nested write, of a step outside the database) leaves behind.
#include "CoreFixture.h"
#include "storage/DirectoryStore.h"
#include "write/WritePath.h"

#include <QSignalSpy>
#include <QTest>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

/// Inside a change: a failed condition is the change's refusal (QVERIFY cannot return a Status).
#define CHANGE_REQUIRE(condition)                                                                                      \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            return Status(Refusal {Refusal::Kind::BadInput, QStringLiteral(#condition)});                              \
        }                                                                                                              \
    } while (false)

namespace {

/// Adds a directory user inside a write (the storage step of a change).
Status addUser(CoreFixture& f, const QString& local)
{
    User user;
    user.email = local + QStringLiteral("@acme.test");
    user.displayName = local;
    return DirectoryStore(f.core().database()).insertUsers(f.accountId(), {user});
}

bool exists(CoreFixture& f, const QString& local)
{
    return DirectoryStore(f.core().database()).userByEmail(local + QStringLiteral("@acme.test")).ok();
}

qint64 newestAuditSeq(CoreFixture& f)
{
    AuditFilter newest;
    newest.newestFirst = true;
    newest.limit = 1;
    const auto entries = f.core().audit().list(Actor::system(), newest).value();
    return entries.isEmpty() ? 0 : entries.first().seq;
}

} // namespace

class TestWritePath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWriteIsAuthorizedAuditedAndAnnouncedAfterTheCommit()
    {
        CoreFixture f;
        QSignalSpy directory(&f.core().notifier(), &ChangeNotifier::directoryChanged);
        const qint64 before = newestAuditSeq(f);
        bool announcedInside = true;
        QString codeInside;
        const Status done = f.core().writes().run(
            WriteScope::checked(f.actor(P::Super), Action::EditDirectory, f.accountId()), [&](Write& write) -> Status {
                if (auto added = addUser(f, QStringLiteral("written")); !added) {
                    return added;
                }
                codeInside = write.accountCode();
                write.audit(QStringLiteral("user.add"), QStringLiteral("written@acme.test"));
                write.changed(Changed::Directory, f.accountId());
                announcedInside = !directory.isEmpty();
                return {};
            });
        QVERIFY2(done, done ? "" : qPrintable(done.refusal().message));
        QVERIFY(!announcedInside);
        QCOMPARE(codeInside, f.core().accounts().find(Actor::system(), codeInside).value().code);
        QVERIFY(!codeInside.isEmpty());
        QCOMPARE(directory.size(), 1);
        QCOMPARE(directory.first().first().toLongLong(), f.accountId());
        QVERIFY(exists(f, QStringLiteral("written")));
        QCOMPARE(newestAuditSeq(f), before + 1);
    }

    void aRefusedActorChangesNothing()
    {
        CoreFixture f;
        bool ran = false;
        const Status done = f.core().writes().run(
            WriteScope::checked(f.actor(P::HelpDesk), Action::EditDirectory, f.accountId()), [&](Write&) -> Status {
                ran = true;
                return addUser(f, QStringLiteral("helpdesk-added"));
            });
        QVERIFY(!done);
        QCOMPARE(done.refusal().kind, Refusal::Kind::Denied);
        QVERIFY(!ran);
        QVERIFY(!exists(f, QStringLiteral("helpdesk-added")));
    }

    void aRefusedChangeRollsBackAndAuditsNothing()
    {
        CoreFixture f;
        QSignalSpy directory(&f.core().notifier(), &ChangeNotifier::directoryChanged);
        const qint64 before = newestAuditSeq(f);
        const Status done = f.core().writes().run(
            WriteScope::checked(f.actor(P::Super), Action::EditDirectory, f.accountId()), [&](Write& write) -> Status {
                CHANGE_REQUIRE(addUser(f, QStringLiteral("undone")));
                write.audit(QStringLiteral("user.add"), QStringLiteral("undone@acme.test"));
                write.changed(Changed::Directory, f.accountId());
                return Refusal {Refusal::Kind::Conflict, QStringLiteral("changed my mind")};
            });
        QCOMPARE(done.refusal().message, QStringLiteral("changed my mind"));
        QVERIFY(!exists(f, QStringLiteral("undone")));
        QCOMPARE(newestAuditSeq(f), before);
        QVERIFY(directory.isEmpty());
    }

    void aFailedNestedWriteUndoesOnlyItself()
    {
        CoreFixture f;
        QSignalSpy directory(&f.core().notifier(), &ChangeNotifier::directoryChanged);
        const WriteScope scope = WriteScope::checked(f.actor(P::Super), Action::EditDirectory, f.accountId());
        const Status done = f.core().writes().run(scope, [&](Write&) -> Status {
            CHANGE_REQUIRE(f.core().writes().run(scope, [&](Write& inner) -> Status {
                inner.changed(Changed::Directory, f.accountId());
                return addUser(f, QStringLiteral("kept"));
            }));
            const Status failed = f.core().writes().run(scope, [&](Write& inner) -> Status {
                CHANGE_REQUIRE(addUser(f, QStringLiteral("dropped")));
                inner.changed(Changed::Roles, f.accountId());
                return Refusal {Refusal::Kind::BadInput, QStringLiteral("no")};
            });
            CHANGE_REQUIRE(!failed);
            return {};
        });
        QVERIFY(done);
        QVERIFY(exists(f, QStringLiteral("kept")));
        QVERIFY(!exists(f, QStringLiteral("dropped")));
        QCOMPARE(directory.size(), 1);
    }

    void keepNothingRollsBackButReturnsTheOutcome()
    {
        CoreFixture f;
        auto outcome =
            f.core().writes().run(WriteScope::checked(f.actor(P::Super), Action::EditDirectory, f.accountId()),
                                  [&](Write& write) -> Result<int> {
                                      if (auto added = addUser(f, QStringLiteral("dry")); !added) {
                                          return added.refusal();
                                      }
                                      write.audit(QStringLiteral("user.add"), QStringLiteral("dry@acme.test"));
                                      write.keepNothing();
                                      return 42;
                                  });
        QVERIFY(outcome);
        QCOMPARE(outcome.value(), 42);
        QVERIFY(!exists(f, QStringLiteral("dry")));
    }

    void aRefusedLastStepRollsBackAndEarlierStepsAreUndone()
    {
        CoreFixture f;
        QStringList steps;
        const Status done = f.core().writes().run(
            WriteScope::checked(f.actor(P::Super), Action::EditDirectory, f.accountId()), [&](Write& write) -> Status {
                CHANGE_REQUIRE(addUser(f, QStringLiteral("stepped")));
                write.lastStep(
                    [&steps]() -> Status {
                        steps.append(QStringLiteral("first"));
                        return {};
                    },
                    [&steps] { steps.append(QStringLiteral("first undone")); });
                write.lastStep([]() -> Status {
                    return Refusal {Refusal::Kind::Keychain, QStringLiteral("the keychain is locked")};
                });
                return {};
            });
        QCOMPARE(done.refusal().kind, Refusal::Kind::Keychain);
        QCOMPARE(steps, (QStringList {QStringLiteral("first"), QStringLiteral("first undone")}));
        QVERIFY(!exists(f, QStringLiteral("stepped")));
    }
};

QTEST_MAIN(TestWritePath)
#include "test_write_path.moc"

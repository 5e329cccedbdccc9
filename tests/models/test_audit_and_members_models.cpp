// The audit log and role members tables: paging with fetchMore, reloads on change.
#include "AuditLogModel.h"
#include "CoreFixture.h"
#include "RoleMembersModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

class TestAuditAndMembersModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void auditLogNewestFirstAndFiltered()
    {
        CoreFixture f;
        const Role gateway = f.role(QStringLiteral("Gateway Administrator"));
        AuditLogModel model(f.core(), Actor::system());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const int before = model.rowCount();
        QVERIFY(before > 0);
        for (int i = 0; i < 12; ++i) {
            QVERIFY(f.core().roles().addMembers(f.actor(P::Basic), gateway.id, {CoreFixture::plainUser(i)}));
            QVERIFY(f.core().roles().removeMember(f.actor(P::Basic), gateway.id, CoreFixture::plainUser(i)));
        }
        // Twenty-four changes in a row: the log reloads once they are over, with every entry.
        QCOMPARE(model.rowCount(), before);
        QTRY_COMPARE(model.rowCount(), before + 24);
        QCOMPARE(model.index(0, AuditLogModel::ActionColumn).data().toString(), QStringLiteral("role.member.remove"));
        QVERIFY(model.index(0, 0).data(AuditLogModel::SeqRole).toLongLong()
                > model.index(1, 0).data(AuditLogModel::SeqRole).toLongLong());
        AuditFilter filter;
        filter.action = QStringLiteral("member.add");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 12 + 6); // this test's adds plus the fixture's six seeding adds
        filter.actor = QStringLiteral("basic@");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 12);
    }

    void auditLogPagesBeyondOnePage()
    {
        CoreFixture f;
        for (int i = 0; i < AuditLogModel::kPageSize + 20; ++i) {
            User user;
            user.email = QStringLiteral("p%1@acme.test").arg(i);
            QVERIFY(f.core().directory().addUser(Actor::system(), f.accountId(), user));
        }
        AuditLogModel model(f.core(), Actor::system());
        QCOMPARE(model.rowCount(), AuditLogModel::kPageSize); // one page until asked for more
        QVERIFY(model.canFetchMore({}));
        while (model.canFetchMore({})) {
            model.fetchMore({});
        }
        AuditFilter all;
        all.limit = 0;
        QCOMPARE(model.rowCount(), int(f.core().audit().list(Actor::system(), all).value().size()));
        QVERIFY(model.rowCount() > AuditLogModel::kPageSize + 20);
        // The same paging under the tester, which walks (and so fetches) everything itself.
        AuditLogModel tested(f.core(), Actor::system());
        QAbstractItemModelTester tester(&tested, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(tested.rowCount(), model.rowCount());
    }

    void membersOfARole()
    {
        CoreFixture f;
        const Role helpDesk = f.role(QStringLiteral("Help Desk Administrator"));
        QStringList emails;
        for (int i = 0; i < CoreFixture::kPlainUsers; ++i) {
            emails.append(CoreFixture::plainUser(i));
        }
        RoleMembersModel model(f.core(), f.actor(P::HelpDesk));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        // Qt 6.4's tester runs its full check from rowsInserted before it clears its own
        // "change in flight" flag; with fetch-more on, that check fetches and nests an insertion
        // it then reports as a bug. The tests call fetchMore themselves; the tester checks each change.
        tester.setUseFetchMore(false);
        model.setRole(helpDesk.id);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(f.core().roles().addMembers(f.actor(P::Basic), helpDesk.id, emails));
        QCOMPARE(model.rowCount(), CoreFixture::kPlainUsers + 1);
        QCOMPARE(model.index(0, RoleMembersModel::EmailColumn).data().toString(), QStringLiteral("helpdesk@acme.test"));
        QVERIFY(f.core().directory().setDisabled(f.actor(P::Basic), CoreFixture::plainUser(3), true));
        QVERIFY(f.core().roles().removeMember(f.actor(P::Basic), helpDesk.id, CoreFixture::plainUser(0)));
        QCOMPARE(model.rowCount(), CoreFixture::kPlainUsers);
    }
};

QTEST_MAIN(TestAuditAndMembersModels)
#include "test_audit_and_members_models.moc"

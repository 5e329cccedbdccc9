// The Admin Management list and the Requests list, under QAbstractItemModelTester, following the
// core's changes.
#include "AdministratorsModel.h"
#include "ChangeRequestsModel.h"
#include "CoreFixture.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

class TestAdminModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void administratorsFollowTheCore()
    {
        CoreFixture f;
        (void)f.enroll(P::Super, QStringLiteral("a long enough password"));
        AdministratorsModel model(f.core(), f.actor(P::Super), f.accountId());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), int(AdministratorsModel::ColumnCount));
        const int super = model.rowOf(CoreFixture::email(P::Super));
        QVERIFY(super >= 0);
        QCOMPARE(model.index(super, AdministratorsModel::RolesColumn).data().toString(),
                 QStringLiteral("Super Administrator"));
        QCOMPARE(model.index(super, AdministratorsModel::SecondFactorColumn).data().toString(),
                 QStringLiteral("Authenticator app"));
        QCOMPARE(model.index(super, AdministratorsModel::LastSignInColumn).data().toString(), QStringLiteral("Never"));
        QVERIFY(model.index(super, 0).data(AdministratorsModel::HoldsProtectedRoleRole).toBool());
        const int basic = model.rowOf(CoreFixture::email(P::Basic));
        QCOMPARE(model.index(basic, AdministratorsModel::MethodColumn).data().toString(), QStringLiteral("Not set up"));

        auto issued =
            f.core().admins().addAdministrator(f.actor(P::Super), f.accountId(), CoreFixture::plainUser(3),
                                               f.role(QStringLiteral("Gateway Administrator")).id, AuthMethod::Sso);
        QVERIFY(issued);
        QCOMPARE(model.rowCount(), 7);
        const int added = model.rowOf(CoreFixture::plainUser(3));
        QCOMPARE(model.index(added, AdministratorsModel::SecondFactorColumn).data().toString(),
                 QStringLiteral("By identity provider"));
        QVERIFY(
            f.core().backupCredentials().setBackup(f.actor(P::Super), f.accountId(), f.userId(P::SecondSuper), true));
        const int backup = model.rowOf(CoreFixture::email(P::SecondSuper));
        QVERIFY(model.index(backup, 0).data(AdministratorsModel::IsBackupRole).toBool());
        QCOMPARE(model.index(backup, AdministratorsModel::BackupColumn).data().toString(), QStringLiteral("Backup"));
        QVERIFY(f.core().admins().deleteAdministrator(
            f.actor(P::Super), f.accountId(),
            model.index(added, 0).data(AdministratorsModel::UserIdRole).toLongLong()));
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(
            f.core().backupCredentials().setBackup(f.actor(P::Super), f.accountId(), f.userId(P::SecondSuper), false));

        // Without Admin Management access: empty, with the reason.
        AdministratorsModel denied(f.core(), f.actor(P::HelpDesk), f.accountId());
        QCOMPARE(denied.rowCount(), 0);
        QVERIFY(!denied.loadError().isEmpty());
    }

    void changeRequestsFollowTheCore()
    {
        CoreFixture f;
        ChangeRequestsModel model(f.core(), f.actor(P::HelpDesk), f.accountId());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        ChangeRequestDraft draft;
        draft.accountId = f.accountId();
        draft.kind = ChangeRequestKind::AddMember;
        draft.roleId = f.role(QStringLiteral("Full Administrator")).id;
        draft.targetEmail = CoreFixture::plainUser(1);
        draft.justification = QStringLiteral("Joins the security operations team.");
        auto filed = f.core().changeRequests().create(f.actor(P::Super), draft);
        QVERIFY(filed);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ChangeRequestsModel::ChangeColumn).data().toString(),
                 QStringLiteral("Add %1 to Full Administrator").arg(CoreFixture::plainUser(1)));
        QCOMPARE(model.index(0, ChangeRequestsModel::StatusColumn).data().toString(), QStringLiteral("Pending"));
        QVERIFY(
            model.index(0, ChangeRequestsModel::DecidedColumn).data().toString().startsWith(QLatin1String("Expires")));
        QCOMPARE(model.index(0, 0).data(ChangeRequestsModel::JustificationRole).toString(), draft.justification);
        QVERIFY(f.core().changeRequests().cancel(f.actor(P::Super), filed.value().id));
        QCOMPARE(model.index(0, 0).data(ChangeRequestsModel::StatusRole).toString(), QStringLiteral("cancelled"));
        QCOMPARE(model.rowOf(filed.value().id), 0);
    }
};

QTEST_MAIN(TestAdminModels)
#include "test_admin_models.moc"

#include "PermissionMatrixModel.h"
#include "domain/BuiltInRoles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace warden;

class TestPermissionMatrixModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readOnlyMatrix()
    {
        PermissionMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setPermissions(BuiltInRoles::find(BuiltInRoles::kHelpDeskAdministrator)->permissions);
        QCOMPARE(model.rowCount(), kAreaCount);
        QCOMPARE(model.columnCount(), 5);
        const QModelIndex trackRead = model.index(int(AppArea::TrackAndTrace), 0);
        QCOMPARE(trackRead.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(model.index(int(AppArea::Policies), 2).data(Qt::CheckStateRole).value<Qt::CheckState>(),
                 Qt::Unchecked);
        QVERIFY(!(model.flags(trackRead) & Qt::ItemIsUserCheckable));
        QVERIFY(!model.setData(trackRead, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.headerData(4, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Take Action"));
    }

    void editingKeepsReadConsistent()
    {
        PermissionMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setEditable(true);
        QSignalSpy edited(&model, &PermissionMatrixModel::permissionsEdited);
        const int reports = int(AppArea::Reports);
        QVERIFY(model.setData(model.index(reports, 2), Qt::Checked, Qt::CheckStateRole)); // Edit implies Read
        QCOMPARE(model.permissions().verbs(AppArea::Reports), Verbs(Read | Edit));
        QVERIFY(model.setData(model.index(reports, 0), Qt::Unchecked, Qt::CheckStateRole)); // no Read, no writes
        QCOMPARE(model.permissions().verbs(AppArea::Reports), Verbs(NoVerb));
        QCOMPARE(edited.size(), 2);
    }

    void effectivePermissionsNameTheirSource()
    {
        PermissionMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        Role helpDesk;
        helpDesk.name = QStringLiteral("Help Desk Administrator");
        helpDesk.permissions = BuiltInRoles::find(BuiltInRoles::kHelpDeskAdministrator)->permissions;
        Role custom;
        custom.name = QStringLiteral("Policy Editors");
        custom.permissions.setVerbs(AppArea::Policies, Read | Edit);
        model.setRoles({helpDesk, custom});
        const QModelIndex policyRead = model.index(int(AppArea::Policies), 0);
        QCOMPARE(policyRead.data(PermissionMatrixModel::GrantedByRole).toStringList(),
                 (QStringList {QStringLiteral("Help Desk Administrator"), QStringLiteral("Policy Editors")}));
        const QModelIndex policyEdit = model.index(int(AppArea::Policies), 2);
        QCOMPARE(policyEdit.data(PermissionMatrixModel::GrantedByRole).toStringList(),
                 QStringList {QStringLiteral("Policy Editors")});
        QVERIFY(policyEdit.data(Qt::ToolTipRole).toString().contains(QLatin1String("granted by Policy Editors")));
        QCOMPARE(model.index(int(AppArea::AdminManagement), 0).data(Qt::CheckStateRole).value<Qt::CheckState>(),
                 Qt::Unchecked);
    }
};

QTEST_MAIN(TestPermissionMatrixModel)
#include "test_permission_matrix_model.moc"

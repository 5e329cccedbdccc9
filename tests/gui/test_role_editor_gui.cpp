// The role editor refuses what the core refuses, inline, with Save disabled.
#include "CoreFixture.h"
#include "GuiTestHelpers.h"
#include "PermissionMatrixModel.h"
#include "roles/RoleEditorDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

class TestRoleEditorGui : public QObject
{
    Q_OBJECT

    static void toggleCell(QTableView* view, AppArea area, int verbColumn)
    {
        view->setCurrentIndex(view->model()->index(int(area), verbColumn));
        QTest::keyClick(view, Qt::Key_Space);
    }

private Q_SLOTS:
    void escalationIsRefusedInline()
    {
        CoreFixture f;
        Role role;
        role.accountId = f.accountId();
        RoleEditorDialog dialog(f.core(), f.actor(P::Basic), role);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* name = child<QLineEdit>(&dialog, "nameLineEdit");
        auto* save = child<QPushButton>(&dialog, "savePushButton");
        auto* refusal = child<QLabel>(&dialog, "refusalLabel");
        auto* matrix = child<QTableView>(&dialog, "matrixTableView");
        QVERIFY(!save->isEnabled()); // no name yet
        QTest::keyClicks(name, QStringLiteral("Report Readers"));
        QVERIFY(save->isEnabled());

        toggleCell(matrix, AppArea::AdminManagement, 0);
        QVERIFY(dialog.matrixModel()->permissions().allows(AppArea::AdminManagement, Read));
        QVERIFY(!save->isEnabled());
        QVERIFY(refusal->isVisible());
        QVERIFY2(refusal->text().contains(QLatin1String("Read on Admin Management, which you do not hold")),
                 qPrintable(refusal->text()));
        toggleCell(matrix, AppArea::AdminManagement, 0);
        QVERIFY(save->isEnabled());

        auto* contentView = child<QCheckBox>(&dialog, "contentViewCheckBox");
        QTest::keyClick(contentView, Qt::Key_Space);
        QVERIFY(!save->isEnabled());
        QVERIFY(refusal->text().contains(QLatin1String("protected role")));
        QTest::keyClick(contentView, Qt::Key_Space);

        name->clear();
        QTest::keyClicks(name, QStringLiteral("help desk administrator"));
        QVERIFY(!save->isEnabled());
        QVERIFY(refusal->text().contains(QLatin1String("already has a role named")));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Report Readers"));

        toggleCell(matrix, AppArea::Reports, 0);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.savedRole()->name, QStringLiteral("Report Readers"));
        QVERIFY(f.core()
                    .roles()
                    .roleByName(Actor::system(), f.accountId(), QStringLiteral("Report Readers"))
                    .value()
                    .permissions.allows(AppArea::Reports, Read));
    }

    void builtInRolesOpenReadOnly()
    {
        CoreFixture f;
        RoleEditorDialog dialog(f.core(), f.actor(P::Super), f.role(QStringLiteral("Help Desk Administrator")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!child<QPushButton>(&dialog, "savePushButton")->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "refusalLabel")->text().contains(QLatin1String("built-in role")));
        QVERIFY(child<QLineEdit>(&dialog, "nameLineEdit")->isReadOnly());
        QVERIFY(!dialog.matrixModel()->isEditable());
    }
};

QTEST_MAIN(TestRoleEditorGui)
#include "test_role_editor_gui.moc"

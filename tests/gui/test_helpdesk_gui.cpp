// A Help Desk Administrator sees everything read-only: every write action is disabled with
// the core's reason, shortcuts do nothing, and forcing an action anyway is refused by the core.
#include "ConsoleActions.h"
#include "CoreFixture.h"
#include "MainWindow.h"
#include "MessageBoxes.h"

#include <QAction>
#include <QSqlQuery>
#include <QTest>
#include <QTreeView>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

namespace {
qint64 memberRows(CoreServices& core)
{
    QSqlQuery q(core.database().connection());
    q.exec(QStringLiteral("SELECT (SELECT count(*) FROM role_members) * 1000 + (SELECT count(*) FROM roles)"));
    q.next();
    return q.value(0).toLongLong();
}
} // namespace

class TestHelpDeskGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyWriteIsDisabledAndRefused()
    {
        CoreFixture f;
        MainWindow window(f.core(), f.actor(P::HelpDesk));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const qint64 before = memberRows(f.core());
        QVERIFY(window.selectRole(f.role(QStringLiteral("Gateway Administrator")).id));
        for (QAction* action : window.actions()->writeActions()) {
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
            QVERIFY2(!action->toolTip().isEmpty(), qPrintable(action->objectName()));
        }
        QCOMPARE(window.actions()->addUserToRole->toolTip(),
                 QStringLiteral("Help Desk Administrators have read-only access to Account Roles."));
        // Reads stay available.
        QVERIFY(window.actions()->viewMembers->isEnabled());

        // Shortcuts of disabled actions do nothing.
        QTest::keyClick(window.treeView(), Qt::Key_U, Qt::ControlModifier);
        QTest::keyClick(window.treeView(), Qt::Key_Delete, Qt::ControlModifier);
        QCOMPARE(memberRows(f.core()), before);

        // Forced on anyway (a UI bug), the core still refuses and the refusal is shown.
        MessageBoxes::setAutoAnswer(true);
        for (QAction* action : {window.actions()->addUserToRole, window.actions()->deleteRole,
                                window.actions()->editRole, window.actions()->copyRole, window.actions()->newRole}) {
            action->setEnabled(true);
            action->trigger();
            QVERIFY2(MessageBoxes::lastText().contains(QLatin1String("Help Desk Administrators have read-only access")),
                     qPrintable(MessageBoxes::lastText()));
        }
        MessageBoxes::setAutoAnswer(false);
        QCOMPARE(memberRows(f.core()), before);
    }

    void protectedRolesSayTheyNeedAChangeRequest()
    {
        CoreFixture f;
        MainWindow window(f.core(), f.actor(P::Super));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectRole(f.role(QStringLiteral("Full Administrator")).id));
        // Enabled, and says it opens a change request.
        QVERIFY(window.actions()->addUserToRole->isEnabled());
        QVERIFY(window.actions()->addUserToRole->toolTip().startsWith(QLatin1String("Requires a change request.")));
        QVERIFY(window.selectRole(f.role(QStringLiteral("Basic Administrator")).id));
        QVERIFY(window.actions()->addUserToRole->isEnabled());
    }
};

QTEST_MAIN(TestHelpDeskGui)
#include "test_helpdesk_gui.moc"

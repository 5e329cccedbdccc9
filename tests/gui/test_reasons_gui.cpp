// Reasons everywhere: greyed-out menu items say why (tooltip and status bar), empty states fit
// the persona, and the status bar shows the role the person acts with in the selected account.
#include "ConsoleActions.h"
#include "CoreFixture.h"
#include "DirectorySearchModel.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "PartnerSetup.h"
#include "admins/AdminManagementDialog.h"
#include "roles/AddUsersToRoleDialog.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMouseEvent>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

class TestReasonsGui : public QObject
{
    Q_OBJECT

    static QMenu* menuBarMenu(MainWindow& window, const QString& title)
    {
        for (QAction* action : window.menuBar()->actions()) {
            if (action->text() == title) {
                return action->menu();
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void greyedOutMenuItemsSayWhy()
    {
        CoreFixture f;
        MainWindow window(f.core(), f.actor(P::HelpDesk));
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.selectRole(f.role(QStringLiteral("Help Desk Administrator")).id));
        QAction* add = window.actions()->addUserToRole;
        QVERIFY(!add->isEnabled());
        QVERIFY(!add->toolTip().isEmpty());

        QMenu* roles = menuBarMenu(window, QStringLiteral("&Roles"));
        QVERIFY(roles != nullptr);
        roles->popup(window.mapToGlobal(QPoint(10, 10)));
        QTRY_VERIFY(roles->isVisible());
        QVERIFY(roles->toolTipsVisible());
        const QRect item = roles->actionGeometry(add);
        QMouseEvent move(QEvent::MouseMove, item.center(), roles->mapToGlobal(item.center()), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(roles, &move);
        QVERIFY2(window.statusBar()->currentMessage().contains(add->toolTip()),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(window.statusBar()->currentMessage().startsWith(QLatin1String("Add User to Role")));
        roles->close();
    }

    void aRoleWithoutASignInMethodOffersAdminManagement()
    {
        CoreFixture f;
        MainWindow window(f.core(), f.actor(P::Super));
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.selectRole(f.role(QStringLiteral("Help Desk Administrator")).id));
        QVERIFY(window.actions()->adminManagement->isEnabled());
        bool managementSeen = false;
        whenShown<AddUsersToRoleDialog>([&](AddUsersToRoleDialog* dialog) {
            QTest::keyClicks(child<QLineEdit>(dialog, "searchLineEdit"), CoreFixture::plainUser(7));
            QTRY_COMPARE(dialog->searchModel()->rowCount(), 1);
            auto* results = child<QTableView>(dialog, "resultsTableView");
            QTest::keyClick(child<QLineEdit>(dialog, "searchLineEdit"), Qt::Key_Down);
            QTest::keyClick(results, Qt::Key_Space);
            MessageBoxes::setNextAnswer(QMessageBox::Yes);
            whenShown<AdminManagementDialog>([&](AdminManagementDialog* management) {
                managementSeen = true;
                management->reject();
            });
            QTest::keyClick(results, Qt::Key_Return);
        });
        QTest::keyClick(window.treeView(), Qt::Key_U, Qt::ControlModifier);
        QTRY_VERIFY(managementSeen);
        QVERIFY2(MessageBoxes::lastText().startsWith(QLatin1String("1 of the people you added cannot sign in yet")),
                 qPrintable(MessageBoxes::lastText()));
        QVERIFY(MessageBoxes::lastText().contains(QLatin1String("Open Admin Management")));
    }

    void emptyStatesFitThePersona()
    {
        CoreFixture f;
        auto created = f.core().roles().createRole(f.actor(P::Basic), f.accountId(), QStringLiteral("Nobody Yet"), {},
                                                   PermissionSet());
        QVERIFY(created);
        const struct
        {
            P persona;
            bool mayAdd;
        } personas[] = {{P::Basic, true}, {P::HelpDesk, false}};
        for (const auto& persona : personas) {
            MainWindow window(f.core(), f.actor(persona.persona));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto* placeholder = window.findChild<QLabel*>(QString(), Qt::FindChildrenRecursively);
            QString placeholderText;
            for (QLabel* label : window.findChildren<QLabel*>()) {
                if (label->text().startsWith(QLatin1String("Select a role to see"))) {
                    placeholderText = label->text();
                }
            }
            QVERIFY(placeholder != nullptr);
            QCOMPARE(placeholderText.contains(QLatin1String("Right-click a role to add")), persona.mayAdd);
            QCOMPARE(placeholderText.contains(QLatin1String("read-only")), !persona.mayAdd);

            QVERIFY(window.selectRole(created.value().id));
            auto* empty = child<QLabel>(&window, "membersEmptyLabel");
            QTRY_VERIFY(!empty->isHidden());
            QVERIFY(empty->text().startsWith(QLatin1String("Nobody holds this role yet.")));
            QCOMPARE(empty->text().contains(QStringLiteral("Add…")), persona.mayAdd);
            QVERIFY(window.selectRole(f.role(QStringLiteral("Help Desk Administrator")).id));
            QTRY_VERIFY(empty->isHidden());
        }
    }

    void theStatusBarShowsTheRoleActedWith()
    {
        CoreFixture f;
        PartnerSetup partner(f);
        MainWindow window(f.core(), partner.alice());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* signedIn = child<QLabel>(&window, "signedInLabel");
        // In a customer account the partner acts as Partner Administrator, not with the home role.
        QVERIFY(window.selectAccount(f.accountId()));
        QCOMPARE(signedIn->text(),
                 QStringLiteral("Signed in as alice@nwmsp.test — acting as Partner Administrator in ACME"));
        QVERIFY(window.selectAccount(partner.homeId()));
        QCOMPARE(signedIn->text(),
                 QStringLiteral("Signed in as alice@nwmsp.test — acting as Basic Administrator in NWMSP"));
    }
};

QTEST_MAIN(TestReasonsGui)
#include "test_reasons_gui.moc"

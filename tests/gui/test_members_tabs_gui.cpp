// Members and Member Of as in ADUC: a role's Members tab adds and removes (several at once, from
// the keyboard), a member's pane removes a role held; a read-only persona sees why it may not.
#include "ConsoleActions.h"
#include "CoreFixture.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "RoleMembersModel.h"
#include "roles/AddUsersToRoleDialog.h"
#include "roles/RoleDetailsWidget.h"

#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

class TestMembersTabsGui : public QObject
{
    Q_OBJECT

    static QStringList removedMembersAudited(CoreFixture& f)
    {
        AuditFilter filter;
        filter.action = QStringLiteral("role.member.remove");
        QStringList targets;
        for (const AuditEntry& entry : f.core().audit().list(Actor::system(), filter).value()) {
            targets.append(entry.target);
        }
        return targets;
    }

    /// The Members tab of `roleName`, opened with View Members (Ctrl+M) from the tree.
    static QTableView* openMembersTab(MainWindow& window, CoreFixture& f, const QString& roleName)
    {
        window.show();
        QApplication::setActiveWindow(&window);
        if (!QTest::qWaitForWindowActive(&window)) {
            return nullptr;
        }
        window.selectRole(f.role(roleName).id);
        window.treeView()->setFocus();
        QTest::keyClick(window.treeView(), Qt::Key_M, Qt::ControlModifier);
        auto* members = child<QTableView>(&window, "roleMembersTableView");
        return members->isVisible() ? members : nullptr;
    }

private Q_SLOTS:
    void severalMembersAreRemovedAtOnceFromTheKeyboard()
    {
        CoreFixture f;
        const QString helpDesk = QStringLiteral("Help Desk Administrator");
        const QStringList three {CoreFixture::plainUser(1), CoreFixture::plainUser(2), CoreFixture::plainUser(3)};
        QVERIFY(f.core().roles().addMembers(f.actor(P::Basic), f.role(helpDesk).id, three));
        MainWindow window(f.core(), f.actor(P::Basic));
        QTableView* members = openMembersTab(window, f, helpDesk);
        QVERIFY(members != nullptr);
        QTRY_COMPARE(members->model()->rowCount(), 4); // helpdesk@ and the three, by address
        auto* remove = child<QToolButton>(&window, "removeMembersButton");
        auto* add = child<QToolButton>(&window, "addMembersButton");
        QVERIFY(add->isEnabled());
        members->setFocus();
        members->clearSelection();
        QVERIFY(!remove->isEnabled());
        QVERIFY2(remove->toolTip().contains(QLatin1String("Select one or more members")),
                 qPrintable(remove->toolTip()));

        // Home, Down, Shift+Down twice: the three plain users.
        QTest::keyClick(members, Qt::Key_Home);
        QTest::keyClick(members, Qt::Key_Down);
        QTest::keyClick(members, Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(members, Qt::Key_Down, Qt::ShiftModifier);
        auto* details = child<RoleDetailsWidget>(&window, "roleDetailsWidget");
        QCOMPARE(details->selectedMembers(), three);
        QVERIFY(remove->isEnabled());

        // No: nothing changes. Yes: one confirmation that lists them, all three go.
        MessageBoxes::setNextAnswer(QMessageBox::No);
        QTest::keyClick(members, Qt::Key_Delete);
        QCOMPARE(f.role(helpDesk).memberCount, 4);
        for (const QString& email : three) {
            QVERIFY2(MessageBoxes::lastText().contains(email), qPrintable(MessageBoxes::lastText()));
        }
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(members, Qt::Key_Delete);
        QCOMPARE(f.role(helpDesk).memberCount, 1);
        QTRY_COMPARE(members->model()->rowCount(), 1);
        QCOMPARE(members->model()->index(0, RoleMembersModel::EmailColumn).data().toString(),
                 CoreFixture::email(P::HelpDesk));
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("Removed 3 people")),
                 qPrintable(window.statusBar()->currentMessage()));
        // One audit entry per person.
        QCOMPARE(removedMembersAudited(f).size(), 3);
        for (const QString& email : three) {
            QVERIFY(removedMembersAudited(f).join(QLatin1Char('\n')).contains(email));
        }
    }

    void theMembersTabHasAddAndAContextMenu()
    {
        CoreFixture f;
        const QString helpDesk = QStringLiteral("Help Desk Administrator");
        MainWindow window(f.core(), f.actor(P::Basic));
        QTableView* members = openMembersTab(window, f, helpDesk);
        QVERIFY(members != nullptr);
        QTRY_COMPARE(members->model()->rowCount(), 1);
        members->setFocus();
        members->setCurrentIndex(members->model()->index(0, 0));
        bool menuSeen = false;
        bool dialogSeen = false;
        whenShown<QMenu>([&](QMenu* menu) {
            menuSeen = true;
            QCOMPARE(menu->objectName(), QStringLiteral("membersContextMenu"));
            QStringList names;
            for (const QAction* action : menu->actions()) {
                names.append(action->objectName());
            }
            QCOMPARE(names, (QStringList {QStringLiteral("addMembersAction"), QStringLiteral("removeMembersAction")}));
            whenShown<AddUsersToRoleDialog>([&](AddUsersToRoleDialog* dialog) {
                dialogSeen = true;
                QTest::keyClick(dialog, Qt::Key_Escape);
            });
            QTest::keyClick(menu, Qt::Key_Down);
            QTest::keyClick(menu, Qt::Key_Return);
        });
        QTest::keyClick(members, Qt::Key_F10, Qt::ShiftModifier);
        QTRY_VERIFY(menuSeen);
        QTRY_VERIFY(dialogSeen);
    }

    void aReadOnlyPersonaSeesWhyNot()
    {
        CoreFixture f;
        MainWindow window(f.core(), f.actor(P::HelpDesk));
        QTableView* members = openMembersTab(window, f, QStringLiteral("Help Desk Administrator"));
        QVERIFY(members != nullptr);
        QTRY_COMPARE(members->model()->rowCount(), 1);
        members->selectRow(0);
        auto* remove = child<QToolButton>(&window, "removeMembersButton");
        auto* add = child<QToolButton>(&window, "addMembersButton");
        QVERIFY(!remove->isEnabled());
        QVERIFY(!add->isEnabled());
        QVERIFY(!remove->toolTip().isEmpty());
        QVERIFY(!remove->toolTip().contains(QLatin1String("Select")));
        QCOMPARE(add->toolTip(), window.actions()->addUserToRole->toolTip());
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(members, Qt::Key_Delete);
        QCOMPARE(f.role(QStringLiteral("Help Desk Administrator")).memberCount, 1);
    }

    void aMembersPaneRemovesARoleHeld()
    {
        CoreFixture f;
        const QString user = CoreFixture::plainUser(1);
        QVERIFY(f.core().roles().addMembers(f.actor(P::Basic), f.role(QStringLiteral("Help Desk Administrator")).id,
                                            {user}));
        QVERIFY(
            f.core().roles().addMembers(f.actor(P::Basic), f.role(QStringLiteral("Gateway Administrator")).id, {user}));
        MainWindow window(f.core(), f.actor(P::Basic));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectRole(f.role(QStringLiteral("Help Desk Administrator")).id));
        QTreeView* tree = window.treeView();
        const QModelIndex role = tree->currentIndex();
        tree->expand(role);
        QTRY_COMPARE(tree->model()->rowCount(role), 2);
        for (int row = 0; row < 2; ++row) {
            if (tree->model()->index(row, 0, role).data(Qt::DisplayRole).toString().contains(user)) {
                tree->setCurrentIndex(tree->model()->index(row, 0, role));
            }
        }
        auto* held = child<QListWidget>(&window, "memberRolesListWidget");
        QTRY_VERIFY(held->isVisible());
        QCOMPARE(held->count(), 2);
        auto* remove = child<QToolButton>(&window, "removeRoleHeldButton");
        for (int row = 0; row < held->count(); ++row) {
            if (held->item(row)->text() == QLatin1String("Gateway Administrator")) {
                held->setCurrentRow(row);
            }
        }
        QVERIFY(remove->isEnabled());
        QVERIFY2(remove->toolTip().contains(QLatin1String("Gateway Administrator")), qPrintable(remove->toolTip()));
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_COMPARE(held->count(), 1);
        QCOMPARE(held->item(0)->text(), QStringLiteral("Help Desk Administrator"));
        QCOMPARE(f.role(QStringLiteral("Gateway Administrator")).memberCount, 1);
        // The tree still shows the member, under the role it still holds.
        QCOMPARE(tree->currentIndex().parent(), role);
        QVERIFY(held->isVisible());
    }
};

QTEST_MAIN(TestMembersTabsGui)
#include "test_members_tabs_gui.moc"

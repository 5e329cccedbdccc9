// The Admin Roles console driven as an administrator would: right-click a role, Add User to
// Role, search, tick, add; then the tree and the audit log show the change.
#include "AccountRoleTreeModel.h"
#include "AuditLogModel.h"
#include "ConsoleActions.h"
#include "CoreFixture.h"
#include "DirectorySearchModel.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "audit/AuditLogWidget.h"
#include "roles/AddUsersToRoleDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

class TestAdminRolesGui : public QObject
{
    Q_OBJECT

    /// The tree's (proxy) index of a role.
    static QModelIndex roleIndex(MainWindow& window, qint64 roleId)
    {
        window.selectRole(roleId);
        return window.treeView()->currentIndex();
    }

private Q_SLOTS:
    void theKeyboardOpensTheCurrentItemsContextMenu_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::newRow("Shift+F10") << int(Qt::Key_F10) << int(Qt::ShiftModifier);
        QTest::newRow("Menu key") << int(Qt::Key_Menu) << int(Qt::NoModifier);
    }

    void theKeyboardOpensTheCurrentItemsContextMenu()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        CoreFixture f;
        MainWindow window(f.core(), f.actor(P::Basic));
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.selectRole(f.role(QStringLiteral("Help Desk Administrator")).id));
        QTreeView* tree = window.treeView();
        tree->setFocus();
        QTRY_VERIFY(tree->hasFocus());
        const QRect item = tree->visualRect(tree->currentIndex());
        bool menuSeen = false;
        bool dialogSeen = false;
        whenShown<QMenu>([&](QMenu* menu) {
            menuSeen = true;
            // At the current item, not at the mouse pointer.
            const QPoint itemOnScreen = tree->viewport()->mapToGlobal(item.center());
            QVERIFY2(qAbs(menu->pos().y() - itemOnScreen.y()) <= item.height(),
                     qPrintable(QStringLiteral("menu at %1, item at %2").arg(menu->pos().y()).arg(itemOnScreen.y())));
            QCOMPARE(menu->actions().first()->objectName(), QStringLiteral("addUserToRoleAction"));
            whenShown<AddUsersToRoleDialog>([&](AddUsersToRoleDialog* dialog) {
                dialogSeen = true;
                QTest::keyClick(dialog, Qt::Key_Escape);
            });
            // Down to the first item, Return to choose it: all from the keyboard.
            QTest::keyClick(menu, Qt::Key_Down);
            QTest::keyClick(menu, Qt::Key_Return);
        });
        QTest::keyClick(tree, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QTRY_VERIFY(menuSeen);
        QTRY_VERIFY(dialogSeen);
    }

    void rightClickAddUserToRole()
    {
        CoreFixture f;
        MainWindow window(f.core(), f.actor(P::Basic));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectRole(f.role(QStringLiteral("Help Desk Administrator")).id));
        QTreeView* tree = window.treeView();
        const QRect rect = tree->visualRect(tree->currentIndex());
        QVERIFY(rect.isValid());

        bool menuSeen = false;
        bool dialogSeen = false;
        whenShown<QMenu>([&](QMenu* menu) {
            menuSeen = true;
            QStringList texts;
            for (QAction* action : menu->actions()) {
                texts.append(action->text());
            }
            QVERIFY(texts.contains(QStringLiteral("&Add User to Role…")));
            QVERIFY(texts.contains(QStringLiteral("&Copy Role…")));
            QVERIFY(texts.contains(QStringLiteral("&View Members")));
            whenShown<AddUsersToRoleDialog>([&](AddUsersToRoleDialog* dialog) {
                dialogSeen = true;
                auto* search = child<QLineEdit>(dialog, "searchLineEdit");
                QTest::keyClicks(search, QStringLiteral("user0"));
                QTRY_COMPARE(dialog->searchModel()->rowCount(), 10); // after the debounce
                auto* results = child<QTableView>(dialog, "resultsTableView");
                for (const int row : {1, 2, 3}) {
                    results->setCurrentIndex(results->model()->index(row, 0));
                    QTest::keyClick(results, Qt::Key_Space);
                }
                auto* add = child<QPushButton>(dialog, "addSelectedPushButton");
                QVERIFY(add->isEnabled());
                // The three have no sign-in method: the console says so (a Basic Administrator
                // may not use Admin Management, so it is not offered; see test_reasons_gui).
                MessageBoxes::setNextAnswer(QMessageBox::Ok);
                QTest::mouseClick(add, Qt::LeftButton);
            });
            menu->activeAction();
            for (QAction* action : menu->actions()) {
                if (action->objectName() == QLatin1String("addUserToRoleAction")) {
                    menu->setActiveAction(action);
                }
            }
            QTest::keyClick(menu, Qt::Key_Return);
        });
        QTest::mouseClick(tree->viewport(), Qt::RightButton, {}, rect.center());
        // Some platforms open context menus on press, others on release; offscreen needs the event.
        if (!menuSeen) {
            QContextMenuEvent event(QContextMenuEvent::Mouse, rect.center(),
                                    tree->viewport()->mapToGlobal(rect.center()));
            QApplication::sendEvent(tree->viewport(), &event);
        }
        QTRY_VERIFY(menuSeen);
        QTRY_VERIFY(dialogSeen);
        QVERIFY2(MessageBoxes::lastText().startsWith(QLatin1String("3 of the people you added cannot sign in yet")),
                 qPrintable(MessageBoxes::lastText()));
        QVERIFY(MessageBoxes::lastText().contains(CoreFixture::plainUser(1)));

        // The tree shows the new count, the members are there, the status bar and the audit say so.
        const QModelIndex role = window.treeModel()->indexOfRole(f.role(QStringLiteral("Help Desk Administrator")).id);
        QTRY_COMPARE(role.data(AccountRoleTreeModel::MemberCountRole).toInt(), 4);
        QVERIFY(window.statusBar()->currentMessage().startsWith(QLatin1String("Added 3 user")));
        QStringList members;
        auto page = f.core().roles().members(f.actor(P::Basic), f.role(QStringLiteral("Help Desk Administrator")).id);
        for (const User& user : page.value().members) {
            members.append(user.email);
        }
        QCOMPARE(members,
                 (QStringList {QStringLiteral("helpdesk@acme.test"), QStringLiteral("user01@acme.test"),
                               QStringLiteral("user02@acme.test"), QStringLiteral("user03@acme.test")}));
        AuditLogModel* audit = window.auditLog()->model();
        QTRY_COMPARE(audit->index(0, 0).data(AuditLogModel::ActionRole).toString(), QStringLiteral("role.member.add"));
        QTRY_COMPARE(audit->index(0, 0).data(AuditLogModel::ActorRole).toString(), QStringLiteral("basic@acme.test"));
        QTRY_VERIFY(audit->index(0, 0).data(AuditLogModel::TargetRole).toString().contains(QLatin1String("3 users")));
        // The table reads as a sentence, without the recorded JSON.
        QCOMPARE(audit->index(0, AuditLogModel::SentenceColumn).data().toString(),
                 QStringLiteral("basic@acme.test added 3 people to Help Desk Administrator in ACME"));
    }

    void removeMemberWithConfirmation()
    {
        CoreFixture f;
        MainWindow window(f.core(), f.actor(P::Basic));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const qint64 gatewayId = f.role(QStringLiteral("Gateway Administrator")).id;
        QVERIFY(window.selectRole(gatewayId));
        QTreeView* tree = window.treeView();
        tree->expand(tree->currentIndex());
        QTRY_COMPARE(tree->model()->rowCount(tree->currentIndex()), 1);
        tree->setCurrentIndex(tree->model()->index(0, 0, tree->currentIndex()));
        QVERIFY(window.actions()->removeFromRole->isEnabled());
        MessageBoxes::setNextAnswer(QMessageBox::No);
        window.actions()->removeFromRole->trigger();
        QCOMPARE(f.role(QStringLiteral("Gateway Administrator")).memberCount, 1);
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        QVERIFY(window.actions()->removeFromRole->isEnabled());
        QTest::keyClick(tree, Qt::Key_Delete); // the action's shortcut
        QTRY_COMPARE(f.role(QStringLiteral("Gateway Administrator")).memberCount, 0);
    }

    void refreshKeepsTheSelectionAndEveryShortcutActsOrSaysWhy()
    {
        CoreFixture f;
        MainWindow window(f.core(), f.actor(P::Super));
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTreeView* tree = window.treeView();
        tree->setFocus();

        // Nothing selected: Ctrl+Shift+M and Ctrl+U say why in the status bar.
        tree->setCurrentIndex({});
        QTest::keyClick(tree, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("Select an account first")),
                 qPrintable(window.statusBar()->currentMessage()));
        QTest::keyClick(tree, Qt::Key_U, Qt::ControlModifier);
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("Select a role first")),
                 qPrintable(window.statusBar()->currentMessage()));

        // A role stays selected across Refresh, and its actions still act.
        const Role gateway = f.role(QStringLiteral("Gateway Administrator"));
        QVERIFY(window.selectRole(gateway.id));
        window.actions()->refresh->trigger();
        QCOMPARE(window.treeModel()->roleAt(window.treeModel()->indexOfRole(gateway.id))->id, gateway.id);
        const QModelIndex current = tree->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.data(AccountRoleTreeModel::RoleIdRole).toLongLong(), gateway.id);
        QCOMPARE(current.data(AccountRoleTreeModel::KindRole).value<AccountRoleTreeModel::NodeKind>(),
                 AccountRoleTreeModel::NodeKind::Role);
        QVERIFY(window.actions()->addUserToRole->isEnabled());
        bool dialogSeen = false;
        whenShown<AddUsersToRoleDialog>([&](AddUsersToRoleDialog* dialog) {
            dialogSeen = true;
            dialog->reject();
        });
        QTest::keyClick(tree, Qt::Key_U, Qt::ControlModifier);
        QVERIFY(dialogSeen);

        // A member stays selected too, and a change made elsewhere (a reload) keeps it.
        tree->expand(current);
        QTRY_VERIFY(tree->model()->rowCount(current) > 0);
        const QModelIndex member = tree->model()->index(0, 0, current);
        const QString email = member.data(AccountRoleTreeModel::EmailRole).toString();
        tree->setCurrentIndex(member);
        window.actions()->refresh->trigger();
        QCOMPARE(tree->currentIndex().data(AccountRoleTreeModel::EmailRole).toString(), email);
        QVERIFY(window.actions()->removeFromRole->isEnabled());
        // A change to the same role re-reads its members: the member is current again afterwards.
        QVERIFY(f.core().roles().addMembers(f.actor(P::Super), gateway.id, {CoreFixture::plainUser(3)}));
        QTRY_COMPARE(tree->currentIndex().data(AccountRoleTreeModel::EmailRole).toString(), email);
        QVERIFY(window.actions()->removeFromRole->isEnabled());

        // Removing the last member leaves the role current, and nothing jumps back later.
        for (int left = f.role(QStringLiteral("Gateway Administrator")).memberCount; left > 0; --left) {
            const QModelIndex role = roleIndex(window, gateway.id);
            tree->expand(role);
            QTRY_VERIFY(tree->model()->rowCount(role) > 0);
            tree->setCurrentIndex(tree->model()->index(0, 0, role));
            MessageBoxes::setNextAnswer(QMessageBox::Yes);
            window.actions()->removeFromRole->trigger();
            QTRY_COMPARE(f.role(QStringLiteral("Gateway Administrator")).memberCount, left - 1);
        }
        QTRY_COMPARE(tree->currentIndex().data(AccountRoleTreeModel::RoleIdRole).toLongLong(), gateway.id);
        const Role helpDesk = f.role(QStringLiteral("Help Desk Administrator"));
        const QModelIndex other = roleIndex(window, helpDesk.id);
        tree->setCurrentIndex(other);
        tree->expand(other);
        QTest::qWait(50);
        QCOMPARE(tree->currentIndex().data(AccountRoleTreeModel::RoleIdRole).toLongLong(), helpDesk.id);
    }

    void theAuditLogDockFollowsEveryChange()
    {
        CoreFixture f;
        MainWindow window(f.core(), f.actor(P::Super));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        AuditLogModel* audit = window.auditLog()->model();
        const int before = audit->rowCount();
        // A change whose service announces only its own kind of change (account contacts).
        AccountContact contact;
        contact.accountId = f.accountId();
        contact.name = QStringLiteral("Dana Director");
        contact.title = QStringLiteral("CISO");
        contact.email = CoreFixture::email(P::Full);
        contact.directorOrHigher = true;
        QVERIFY(f.core().contacts().save(f.actor(P::Super), contact));
        QTRY_COMPARE(audit->rowCount(), before + 1);
        QCOMPARE(audit->index(0, 0).data(AuditLogModel::ActionRole).toString(), QStringLiteral("contact.add"));
        // A failed sign-in belongs to the account and shows up as well.
        QVERIFY(!f.core().auth().signIn(CoreFixture::email(P::Basic), QStringLiteral("wrong password!"),
                                        QStringLiteral("000000")));
        QTRY_COMPARE(audit->index(0, 0).data(AuditLogModel::ActionRole).toString(), QStringLiteral("signin.failed"));
    }
};

QTEST_MAIN(TestAdminRolesGui)
#include "test_admin_roles_gui.moc"

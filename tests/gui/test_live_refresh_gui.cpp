// The console follows a colleague's changes without Refresh: another console (a second core on
// the same database) adds a member, and the open console's tree and Members tab show it while
// the selection stays where the administrator left it; on PostgreSQL the status bar says when the
// server stopped answering and clears once it answers again.
#include "AccountRoleTreeModel.h"
#include "CoreFixture.h"
#include "MainWindow.h"
#include "roles/RoleDetailsWidget.h"

#include <QLabel>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

class TestLiveRefreshGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aColleaguesChangeAppearsAndTheSelectionStays()
    {
        CoreFixture fixture;
        auto other = fixture.anotherConsole();
        MainWindow window(fixture.core(), fixture.actor(P::Super));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const Role helpDesk = fixture.role(QStringLiteral("Help Desk Administrator"));
        QVERIFY(window.selectRole(helpDesk.id));
        const QModelIndex selected = window.treeView()->currentIndex();
        const int countBefore = selected.data(AccountRoleTreeModel::MemberCountRole).toInt();
        auto* details = window.findChild<RoleDetailsWidget*>();
        QVERIFY(details);
        details->showMembersTab();
        QTableView* members = details->membersView();
        QTRY_COMPARE(members->model()->rowCount(), countBefore);

        QVERIFY(other->roles().addMembers(fixture.actor(P::SecondSuper), helpDesk.id,
                                          {CoreFixture::plainUser(1), CoreFixture::plainUser(2)}));
        const auto current = [&window] { return window.treeView()->currentIndex(); };
        QTRY_COMPARE_WITH_TIMEOUT(current().data(AccountRoleTreeModel::MemberCountRole).toInt(), countBefore + 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(members->model()->rowCount(), countBefore + 2, 5000);
        // Still on the same role, and the status bar says where the change came from.
        QCOMPARE(current().data(AccountRoleTreeModel::RoleIdRole).toLongLong(), helpDesk.id);
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("other consoles")),
                 qPrintable(window.statusBar()->currentMessage()));

        // A colleague's change elsewhere does not move the selection.
        const Role gateway = fixture.role(QStringLiteral("Gateway Administrator"));
        QVERIFY(other->roles().addMembers(fixture.actor(P::SecondSuper), gateway.id, {CoreFixture::plainUser(3)}));
        QVERIFY(window.selectRole(gateway.id));
        QTRY_COMPARE_WITH_TIMEOUT(current().data(AccountRoleTreeModel::MemberCountRole).toInt(),
                                  gateway.memberCount + 1, 5000);
        QVERIFY(window.selectRole(helpDesk.id));
        QCOMPARE(current().data(AccountRoleTreeModel::MemberCountRole).toInt(), countBefore + 2);
    }

    void theStatusBarSaysWhenTheServerDoesNotAnswer()
    {
        CoreFixture fixture;
        if (!fixture.database().isPostgres()) {
            QSKIP("a server that stops answering is PostgreSQL's case");
        }
        MainWindow window(fixture.core(), fixture.actor(P::Super));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* offline = window.findChild<QLabel*>(QStringLiteral("connectionLabel"));
        QVERIFY(offline);
        QVERIFY(!offline->isVisible());
        QVERIFY(fixture.database().execRaw(
            QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
                           "AND pid <> pg_backend_pid()")));
        QTRY_VERIFY_WITH_TIMEOUT(offline->isVisible(), 10000);
        QVERIFY(!offline->text().isEmpty());
        // Back: the label goes, and the console writes again.
        QTRY_VERIFY_WITH_TIMEOUT(!offline->isVisible(), 10000);
        const Role helpDesk = fixture.role(QStringLiteral("Help Desk Administrator"));
        QVERIFY(fixture.core().roles().addMembers(fixture.actor(P::Super), helpDesk.id, {CoreFixture::plainUser(4)}));
    }
};

QTEST_MAIN(TestLiveRefreshGui)
#include "test_live_refresh_gui.moc"

// Admin Management, change requests and break-glass reveal driven like a person would: Add New
// Admin with a temporary password and the new admin's first sign-in, a protected role turned
// into a change request from the roles console and approved by a Director-level contact, and
// revealing a backup credential for 30 seconds.
#include "AdministratorsModel.h"
#include "ChangeRequestsModel.h"
#include "ConsoleActions.h"
#include "CoreFixture.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "SignInDialog.h"
#include "admins/AddAdminDialog.h"
#include "admins/AdminManagementDialog.h"
#include "admins/ConfirmIdentityDialog.h"
#include "admins/RevealCredentialDialog.h"
#include "admins/TemporaryPasswordDialog.h"
#include "requests/ChangeRequestsDialog.h"
#include "requests/NewChangeRequestDialog.h"
#include "security/Base32.h"
#include "security/Totp.h"
#include "signin/EnrollmentDialog.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

namespace {

const QString kPassword = QStringLiteral("a long enough password");

struct World
{
    qint64 now = 1'800'000'015;
    CoreFixture fixture {true, [this] { return now; }};
    QHash<int, QByteArray> secrets;

    World()
    {
        for (const P persona : {P::Super, P::SecondSuper}) {
            secrets.insert(int(persona), fixture.enroll(persona, kPassword));
        }
    }
    CoreServices& core() { return fixture.core(); }
    Account account() { return core().accounts().find(Actor::system(), QStringLiteral("ACME")).value(); }
    QString code(P persona) const { return Totp::codeAt(secrets.value(int(persona)), now); }
    int auditCount(const QString& action)
    {
        AuditFilter filter;
        filter.action = action;
        return int(core().audit().list(Actor::system(), filter).value().size());
    }
};

void selectRow(QTableView* view, const QAbstractItemModel* model, const QString& text, int column = 0)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, column).data().toString() == text) {
            view->setCurrentIndex(view->model()->index(row, column));
            return;
        }
    }
    Q_UNUSED(model)
    qFatal("no row %s", qPrintable(text));
}

} // namespace

class TestAdminManagementGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addNewAdminHandsOutATemporaryPasswordForTheFirstSignIn()
    {
        World w;
        std::optional<ChangeRequestDraft> requested;
        AdminManagementDialog dialog(w.core(), w.fixture.actor(P::Super), w.account(),
                                     [&requested](const ChangeRequestDraft& draft) { requested = draft; });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString newcomer = CoreFixture::plainUser(5);
        QString temporary;
        whenShown<AddAdminDialog>([&](AddAdminDialog* add) {
            auto* search = child<QLineEdit>(add, "searchLineEdit");
            QTest::keyClicks(search, QStringLiteral("user05"));
            auto* results = child<QTableView>(add, "resultsTableView");
            QTRY_COMPARE(results->model()->rowCount(), 1); // after the typing pause
            QTest::keyClick(search, Qt::Key_Down); // into the results, on the first row
            auto* ok = child<QDialogButtonBox>(add, "buttonBox")->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled()); // no role yet
            auto* role = child<QComboBox>(add, "roleComboBox");
            role->setCurrentIndex(role->findText(QStringLiteral("Basic Administrator")));
            QVERIFY(ok->isEnabled());
            auto* method = child<QComboBox>(add, "methodComboBox");
            QCOMPARE(method->currentData().toInt(), int(AuthMethod::LocalPassword));
            whenShown<TemporaryPasswordDialog>([&](TemporaryPasswordDialog* shown) {
                temporary = child<QLineEdit>(shown, "passwordLineEdit")->text();
                // On the clipboard, marked as a secret for clipboard managers.
                const QMimeData* clip = QGuiApplication::clipboard()->mimeData();
                QCOMPARE(clip->text(), temporary);
                QCOMPARE(clip->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
                shown->accept();
            });
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&dialog, "addButton"), Qt::LeftButton);
        QCOMPARE(temporary.size(), 20);
        const int row = dialog.model()->rowOf(newcomer);
        QVERIFY(row >= 0);
        QCOMPARE(dialog.model()->adminAt(row)->secondFactor, SecondFactorState::PendingEnrollment);
        QVERIFY(child<QLabel>(&dialog, "messageLabel")->text().contains(newcomer));

        // A protected role is offered as a change request instead.
        whenShown<AddAdminDialog>([&](AddAdminDialog* add) {
            QTest::keyClicks(child<QLineEdit>(add, "searchLineEdit"), QStringLiteral("user06"));
            auto* results = child<QTableView>(add, "resultsTableView");
            QTRY_COMPARE(results->model()->rowCount(), 1);
            results->setCurrentIndex(results->model()->index(0, 0));
            auto* role = child<QComboBox>(add, "roleComboBox");
            role->setCurrentIndex(role->findData(w.fixture.role(QStringLiteral("Full Administrator")).id));
            MessageBoxes::setNextAnswer(QMessageBox::Yes);
            QTest::mouseClick(child<QDialogButtonBox>(add, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&dialog, "addButton"), Qt::LeftButton);
        QVERIFY(requested.has_value());
        QCOMPARE(requested->kind, ChangeRequestKind::AddMember);
        QCOMPARE(requested->targetEmail, CoreFixture::plainUser(6));
        QVERIFY(MessageBoxes::lastText().contains(QLatin1String("change request")));

        // The newcomer's first sign-in: temporary password, no code, then enrollment.
        SignInDialog signIn(w.core().auth());
        signIn.show();
        QVERIFY(QTest::qWaitForWindowExposed(&signIn));
        QTest::keyClicks(child<QLineEdit>(&signIn, "emailLineEdit"), newcomer);
        QTest::keyClicks(child<QLineEdit>(&signIn, "passwordLineEdit"), temporary);
        whenShown<EnrollmentDialog>([&](EnrollmentDialog* enroll) {
            QTest::keyClicks(child<QLineEdit>(enroll, "newPasswordLineEdit"), kPassword);
            QTest::keyClicks(child<QLineEdit>(enroll, "repeatPasswordLineEdit"), kPassword);
            const QByteArray secret = Base32::decode(child<QLineEdit>(enroll, "secretLineEdit")->text()).value();
            QTest::keyClicks(child<QLineEdit>(enroll, "codeLineEdit"), Totp::codeAt(secret, w.now));
            QTest::mouseClick(child<QDialogButtonBox>(enroll, "buttonBox")->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        QTest::mouseClick(child<QDialogButtonBox>(&signIn, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(signIn.result(), int(QDialog::Accepted));
        QCOMPARE(signIn.actor().email, newcomer);
        dialog.model()->reload(); // sign-ins are not announced; the list reads them on refresh
        QCOMPARE(dialog.model()->adminAt(dialog.model()->rowOf(newcomer))->secondFactor, SecondFactorState::Enrolled);
    }

    void protectedRoleFromTheRolesConsoleBecomesARequestThatADirectorApproves()
    {
        World w;
        AccountContact director;
        director.accountId = w.fixture.accountId();
        director.name = QStringLiteral("Second Super");
        director.title = QStringLiteral("Director of IT");
        director.email = CoreFixture::email(P::SecondSuper);
        director.directorOrHigher = true;
        QVERIFY(w.core().contacts().save(w.fixture.actor(P::Super), director));
        const QString newcomer = CoreFixture::plainUser(7);
        {
            MainWindow window(w.core(), w.fixture.actor(P::Super));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            const qint64 fullRole = w.fixture.role(QStringLiteral("Full Administrator")).id;
            QVERIFY(window.selectRole(fullRole));
            QVERIFY(window.actions()->addUserToRole->isEnabled());
            bool listed = false;
            whenShown<NewChangeRequestDialog>([&](NewChangeRequestDialog* request) {
                auto* role = child<QComboBox>(request, "roleComboBox");
                QCOMPARE(role->currentData().toLongLong(), fullRole); // pre-filled from the tree
                QTest::keyClicks(child<QLineEdit>(request, "userLineEdit"), newcomer);
                auto* ok = child<QDialogButtonBox>(request, "buttonBox")->button(QDialogButtonBox::Ok);
                QTest::mouseClick(ok, Qt::LeftButton); // no justification yet
                QVERIFY(child<QLabel>(request, "errorLabel")->isVisible());
                QVERIFY(request->isVisible());
                QTest::keyClicks(child<QPlainTextEdit>(request, "justificationTextEdit"),
                                 QStringLiteral("Needs content view for the phishing investigation."));
                whenShown<ChangeRequestsDialog>([&](ChangeRequestsDialog* requests) {
                    QCOMPARE(requests->model()->rowCount(), 1);
                    QCOMPARE(requests->model()->index(0, ChangeRequestsModel::StatusColumn).data().toString(),
                             QStringLiteral("Pending"));
                    // The requester cannot approve their own request.
                    auto* approve = child<QPushButton>(requests, "approveButton");
                    QVERIFY(!approve->isEnabled());
                    QVERIFY(approve->toolTip().contains(QLatin1String("different person")));
                    listed = true;
                    requests->reject();
                });
                QTest::mouseClick(ok, Qt::LeftButton);
            });
            window.actions()->addUserToRole->trigger();
            QVERIFY(listed);
        }

        // The Director approves, confirming with password and code (a wrong code first).
        ChangeRequestsDialog requests(w.core(), w.fixture.actor(P::SecondSuper), w.account());
        requests.show();
        QVERIFY(QTest::qWaitForWindowExposed(&requests));
        auto* approve = child<QPushButton>(&requests, "approveButton");
        QVERIFY2(approve->isEnabled(), qPrintable(approve->toolTip()));
        bool sawTemporary = false;
        whenShown<ConfirmIdentityDialog>([&](ConfirmIdentityDialog* confirm) {
            QTest::keyClicks(child<QLineEdit>(confirm, "passwordLineEdit"), kPassword);
            QTest::keyClicks(child<QLineEdit>(confirm, "codeLineEdit"), QStringLiteral("000000"));
            auto* ok = child<QDialogButtonBox>(confirm, "buttonBox")->button(QDialogButtonBox::Ok);
            QTest::mouseClick(ok, Qt::LeftButton);
            QVERIFY(confirm->isVisible());
            QVERIFY(child<QLabel>(confirm, "errorLabel")->text().contains(QLatin1String("not correct")));
            QVERIFY(child<QLineEdit>(confirm, "codeLineEdit")->text().isEmpty());
            whenShown<TemporaryPasswordDialog>([&](TemporaryPasswordDialog* shown) {
                sawTemporary = child<QLineEdit>(shown, "passwordLineEdit")->text().size() == 20;
                shown->accept();
            });
            QTest::keyClicks(child<QLineEdit>(confirm, "codeLineEdit"), w.code(P::SecondSuper));
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QTest::mouseClick(approve, Qt::LeftButton);
        QVERIFY(sawTemporary);
        QCOMPARE(requests.model()->index(0, ChangeRequestsModel::StatusColumn).data().toString(),
                 QStringLiteral("Approved"));
        QVERIFY(!approve->isEnabled());
        const auto roles = w.core().roles().rolesOfUser(Actor::system(), newcomer).value();
        QCOMPARE(roles.size(), 1);
        QCOMPARE(roles.first().name, QStringLiteral("Full Administrator"));
        QCOMPARE(w.auditCount(QStringLiteral("change_request.approve")), 1);
    }

    void revealShowsTheBackupCredentialForThirtySeconds()
    {
        World w;
        const qint64 backup = w.fixture.userId(P::SecondSuper);
        QVERIFY(w.core().backupCredentials().setBackup(w.fixture.actor(P::Super), w.fixture.accountId(), backup, true));
        const QString stored =
            QString::fromUtf8(Keychain().read(w.core().backupCredentials().backupCredentialKey(backup)).value());
        AdminManagementDialog dialog(w.core(), w.fixture.actor(P::Super), w.account(), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* table = child<QTableView>(&dialog, "adminsTableView");
        auto* reveal = child<QPushButton>(&dialog, "revealButton");
        selectRow(table, dialog.model(), CoreFixture::email(P::Full));
        QVERIFY(!reveal->isEnabled()); // not a backup account
        selectRow(table, dialog.model(), CoreFixture::email(P::SecondSuper));
        QVERIFY(reveal->isEnabled());
        QVERIFY(child<QPushButton>(&dialog, "backupButton")->text().contains(QLatin1String("Unmark")));

        QString shown;
        int remainingAtStart = 0;
        whenShown<ConfirmIdentityDialog>([&](ConfirmIdentityDialog* confirm) {
            QTest::keyClicks(child<QLineEdit>(confirm, "passwordLineEdit"), QStringLiteral("not my password"));
            QTest::keyClicks(child<QLineEdit>(confirm, "codeLineEdit"), w.code(P::Super));
            auto* ok = child<QDialogButtonBox>(confirm, "buttonBox")->button(QDialogButtonBox::Ok);
            QTest::mouseClick(ok, Qt::LeftButton);
            QVERIFY(confirm->isVisible()); // wrong password: nothing revealed
            QCOMPARE(w.auditCount(QStringLiteral("admin.backup_credential_revealed")), 0);
            child<QLineEdit>(confirm, "passwordLineEdit")->clear();
            QTest::keyClicks(child<QLineEdit>(confirm, "passwordLineEdit"), kPassword);
            QTest::keyClicks(child<QLineEdit>(confirm, "codeLineEdit"), w.code(P::Super));
            whenShown<RevealCredentialDialog>([&](RevealCredentialDialog* revealed) {
                auto* field = child<QLabel>(revealed, "credentialLabel");
                QCOMPARE(field->textInteractionFlags(), Qt::NoTextInteraction); // cannot be copied
                shown = field->text();
                remainingAtStart = revealed->remainingSeconds();
                for (int second = 0; second < RevealCredentialDialog::kShowSeconds - 1; ++second) {
                    revealed->countDown();
                }
                QCOMPARE(field->text(), shown); // still shown at 29 s
                revealed->countDown();
                QVERIFY(field->text().isEmpty()); // wiped at 30 s, and closed
                QVERIFY(!revealed->isVisible());
            });
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QTest::mouseClick(reveal, Qt::LeftButton);
        QCOMPARE(shown, stored);
        QCOMPARE(remainingAtStart, 30);
        QCOMPARE(w.auditCount(QStringLiteral("admin.backup_credential_revealed")), 1);
    }
};

QTEST_MAIN(TestAdminManagementGui)
#include "test_admin_management_gui.moc"

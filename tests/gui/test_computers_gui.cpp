// Team use in the console: a computer without the key asks for access and waits until an
// administrator approves it; Admin Management → Computers approves a request with the
// fingerprint read aloud and the administrator's password and code, and revokes a computer.
#include "AccessibilityCheck.h"
#include "ComputersModel.h"
#include "CoreFixture.h"
#include "GuiTestHelpers.h"
#include "admins/AdminManagementDialog.h"
#include "admins/ComputersPanel.h"
#include "admins/ConfirmIdentityDialog.h"
#include "security/Keychain.h"
#include "security/Totp.h"
#include "services/ComputerAccess.h"
#include "signin/RequestAccessDialog.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUuid>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

namespace {

const QString kPassword = QStringLiteral("a long enough password");

/// One database with a first computer (the fixture's core) and a second computer: its own
/// connection and its own keychain namespace, with no key.
struct World
{
    qint64 now = QDateTime::currentSecsSinceEpoch();
    CoreFixture fixture {true, [this] { return now; }};
    QHash<int, QByteArray> secrets;
    std::unique_ptr<Database> secondConnection;
    Keychain secondKeychain {QStringLiteral("warden-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces)};
    std::unique_ptr<ComputerAccess> second;

    World()
    {
        for (const P persona : {P::Super, P::Full}) {
            secrets.insert(int(persona), fixture.enroll(persona, kPassword));
        }
        secondConnection = std::move(Database::open(fixture.database().location())).value();
        second = std::make_unique<ComputerAccess>(*secondConnection, secondKeychain, [this] { return now; });
    }
    CoreServices& core() { return fixture.core(); }
    Account account() { return core().accounts().find(Actor::system(), QStringLiteral("ACME")).value(); }
    /// A fresh code: each code is accepted once, so the clock moves one step per use.
    QString code(P persona)
    {
        now += 30;
        return Totp::codeAt(secrets.value(int(persona)), now);
    }
};

int rowOf(const QAbstractItemModel* model, qint64 id)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ComputersModel::ComputerIdRole).toLongLong() == id) {
            return row;
        }
    }
    return -1;
}

} // namespace

class TestComputersGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestAccessWaitsUntilApproved()
    {
        World w;
        RequestAccessDialog dialog(*w.second, QStringLiteral("This computer holds no key for this database."));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // A screen reader can name everything a person can tab to.
        const QStringList unnamed = unnamedFocusable(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
        QTest::keyClicks(child<QLineEdit>(&dialog, "emailLineEdit"), CoreFixture::email(P::Full));
        QTest::keyClicks(child<QLineEdit>(&dialog, "passwordLineEdit"), kPassword);
        QTest::keyClick(child<QLineEdit>(&dialog, "passwordLineEdit"), Qt::Key_Return);
        const QString fingerprint = child<QLabel>(&dialog, "fingerprintLabel")->text();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}( \\d{4}){5}$")).match(fingerprint).hasMatch(),
                 qPrintable(child<QLabel>(&dialog, "errorLabel")->text()));
        QVERIFY(child<QLabel>(&dialog, "statusLabel")->text().contains(QLatin1String("Waiting")));
        QVERIFY(dialog.isVisible());
        // Approved on the first computer: the dialog notices by itself.
        const qint64 id = w.second->status().value().id;
        const Status approved =
            w.core().computers().approve(w.fixture.actor(P::Super), id, fingerprint, kPassword, w.code(P::Super));
        QVERIFY2(approved, approved ? "" : qPrintable(approved.refusal().message));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 6000);
        // The second computer now opens the database with the key sealed to it.
        auto opened = CoreServices::open(w.fixture.database().location(), w.secondKeychain);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.refusal().message));
    }

    void computersTabApprovesWithTheFingerprintAndRevokes()
    {
        World w;
        auto ticket = w.second->request(CoreFixture::email(P::Full), kPassword, QStringLiteral("full-laptop"));
        QVERIFY(ticket);
        AdminManagementDialog dialog(w.core(), w.fixture.actor(P::Super), w.account(), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* tabs = child<QTabWidget>(&dialog, "adminTabs");
        QCOMPARE(tabs->count(), 2);
        tabs->setCurrentIndex(1);
        auto* panel = dialog.findChild<ComputersPanel*>();
        QVERIFY(panel != nullptr);
        QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* view = child<QTableView>(panel, "computersTableView");
        const int row = rowOf(view->model(), ticket.value().id);
        QVERIFY(row >= 0);
        QCOMPARE(view->model()->index(row, 0).data(ComputersModel::StatusRole).toString(), QStringLiteral("pending"));
        view->setFocus();
        view->setCurrentIndex(view->model()->index(row, ComputersModel::NameColumn));
        auto* approve = child<QPushButton>(panel, "approveButton");
        QVERIFY(approve->isEnabled());
        QVERIFY(!child<QPushButton>(panel, "revokeButton")->isEnabled());

        whenShown<QInputDialog>([&](QInputDialog* input) {
            input->setTextValue(QString(ticket.value().fingerprint).remove(QLatin1Char(' ')));
            whenShown<ConfirmIdentityDialog>([&](ConfirmIdentityDialog* confirm) {
                QTest::keyClicks(child<QLineEdit>(confirm, "passwordLineEdit"), kPassword);
                QTest::keyClicks(child<QLineEdit>(confirm, "codeLineEdit"), w.code(P::Super));
                QTest::mouseClick(child<QDialogButtonBox>(confirm, "buttonBox")->button(QDialogButtonBox::Ok),
                                  Qt::LeftButton);
            });
            input->accept();
        });
        QTest::mouseClick(approve, Qt::LeftButton);
        const int approvedRow = rowOf(view->model(), ticket.value().id);
        QCOMPARE(view->model()->index(approvedRow, 0).data(ComputersModel::StatusRole).toString(),
                 QStringLiteral("approved"));
        QVERIFY(child<QLabel>(panel, "messageLabel")->text().contains(QLatin1String("approved")));

        // Revoke it: confirmed, re-authenticated, and the key rotates.
        view->setCurrentIndex(view->model()->index(approvedRow, ComputersModel::NameColumn));
        auto* revoke = child<QPushButton>(panel, "revokeButton");
        QVERIFY(revoke->isEnabled());
        whenShown<QMessageBox>([&](QMessageBox* box) {
            whenShown<ConfirmIdentityDialog>([&](ConfirmIdentityDialog* confirm) {
                QTest::keyClicks(child<QLineEdit>(confirm, "passwordLineEdit"), kPassword);
                QTest::keyClicks(child<QLineEdit>(confirm, "codeLineEdit"), w.code(P::Super));
                QTest::mouseClick(child<QDialogButtonBox>(confirm, "buttonBox")->button(QDialogButtonBox::Ok),
                                  Qt::LeftButton);
            });
            box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(revoke, Qt::LeftButton);
        const int revokedRow = rowOf(view->model(), ticket.value().id);
        QCOMPARE(view->model()->index(revokedRow, 0).data(ComputersModel::StatusRole).toString(),
                 QStringLiteral("revoked"));
        AuditFilter rotations;
        rotations.action = QStringLiteral("key.rotated");
        QCOMPARE(w.core().audit().list(Actor::system(), rotations).value().size(), 1);
        QVERIFY(w.core().audit().verify().value().intact);
        // The revoked computer is told so.
        auto shut = CoreServices::open(w.fixture.database().location(), w.secondKeychain);
        QVERIFY(!shut);
        QCOMPARE(shut.refusal().kind, Refusal::Kind::ComputerNotApproved);
        QVERIFY2(shut.refusal().message.contains(QLatin1String("revoked by ")), qPrintable(shut.refusal().message));
    }
};

QTEST_MAIN(TestComputersGui)
#include "test_computers_gui.moc"

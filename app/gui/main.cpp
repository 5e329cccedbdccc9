// The warden GUI: opens the database, signs in (or runs first-run set-up) and shows the main
// window. The composition root: everything is created here and passed down.
#include "CoreServices.h"
#include "Logging.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "SingleConsole.h"
#include "UiResources.h"
#include "WindowMemory.h"
#include "security/Keychain.h"
#include "services/ComputerAccess.h"
#include "signin/FirstRunDialog.h"
#include "signin/RequestAccessDialog.h"
#include "signin/SignInDialog.h"
#include "storage/Database.h"
#include "storage/DatabaseConnector.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QInputDialog>
#include <QMessageBox>
#include <QStandardPaths>
#include <cstdio>

using namespace warden;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Warden"));
    QApplication::setApplicationName(QStringLiteral("warden"));
    QApplication::setApplicationDisplayName(QStringLiteral("Warden"));
    QApplication::setApplicationVersion(QStringLiteral(WARDEN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Manage the administrators of email-security accounts."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "Database file or postgresql:// URL."),
                                      QStringLiteral("location"), Database::defaultLocation());
    const QCommandLineOption logOption(QStringLiteral("log-level"), QApplication::translate("main", "Log level."),
                                       QStringLiteral("level"), QStringLiteral("info"));
    const QCommandLineOption emailOption(QStringLiteral("email"),
                                         QApplication::translate("main", "Address to prefill at sign-in."),
                                         QStringLiteral("address"));
    parser.addOptions({dbOption, logOption, emailOption});
    parser.process(app);
    ensureUiResources();
    WindowMemory::install(); // dialogs and the window reopen where and as large as they were left
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/warden.svg")));
    PreferencesDialog::installTranslations();

    // One console per database per user: a second launch brings the first to the front.
    SingleConsole single(parser.value(dbOption));
    if (!single.claim()) {
        std::printf("%s\n",
                    qPrintable(QApplication::translate(
                        "main", "Warden is already open for this database; it was brought to the front.")));
        return 0;
    }
    QObject::connect(&single, &SingleConsole::raiseRequested, &SingleConsole::raiseWindows);

    // Without a keychain nothing is written: no database, and not even a log file.
    if (auto available = Keychain().checkAvailable(); !available) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Warden cannot start"),
                              available.refusal().message);
        return 3;
    }
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    Logging::initialize(QDir(dataDir).filePath(QStringLiteral("logs")), parser.value(logOption));

    // The database server's password, when the keychain does not hold it (kept there once accepted).
    const auto askPassword = [](const QString& problem) -> std::optional<QString> {
        bool ok = false;
        const QString password = QInputDialog::getText(
            nullptr, QApplication::translate("main", "Database Password"),
            problem + QStringLiteral("\n\n") + QApplication::translate("main", "Password for the database server:"),
            QLineEdit::Password, QString(), &ok);
        return ok ? std::optional<QString>(password) : std::nullopt;
    };
    std::unique_ptr<CoreServices> opened;
    while (!opened) {
        auto core = CoreServices::open(parser.value(dbOption), Keychain(), {}, askPassword);
        if (core) {
            opened = std::move(core).value();
            break;
        }
        if (core.refusal().kind != Refusal::Kind::ComputerNotApproved) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Warden cannot start"),
                                  core.refusal().message);
            return 3;
        }
        // This computer holds no key yet: ask to join, wait for approval, then open again.
        auto database = DatabaseConnector(Keychain()).connect(parser.value(dbOption), askPassword);
        if (!database) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Warden cannot start"),
                                  database.refusal().message);
            return 3;
        }
        ComputerAccess access(*database.value(), Keychain());
        RequestAccessDialog dialog(access, core.refusal().message);
        if (parser.isSet(emailOption)) {
            dialog.setEmail(parser.value(emailOption));
        }
        if (dialog.exec() != QDialog::Accepted) {
            return 0;
        }
    }
    auto core = Result<std::unique_ptr<CoreServices>>(std::move(opened));
    if (!core.value()->startupWarning().isEmpty()) {
        QMessageBox::warning(nullptr, QApplication::translate("main", "The audit log is not the one this computer saw"),
                             QApplication::translate("main",
                                                     "%1\n\nRun Verify Chain in the Audit Log, and restore "
                                                     "the database from a backup if entries are missing.")
                                 .arg(core.value()->startupWarning()));
    }
    // Sign in (or set up a new database), run the console, and start over after Sign Out.
    for (;;) {
        Actor actor;
        auto firstRun = core.value()->auth().needsFirstRun();
        if (firstRun && firstRun.value()) {
            FirstRunDialog dialog(core.value()->auth());
            if (dialog.exec() != QDialog::Accepted) {
                return 0;
            }
            actor = dialog.actor();
        } else {
            SignInDialog dialog(core.value()->auth());
            if (parser.isSet(emailOption)) {
                dialog.setEmail(parser.value(emailOption));
            }
            if (dialog.exec() != QDialog::Accepted) {
                return 0;
            }
            actor = dialog.actor();
        }
        bool signedOut = false;
        MainWindow window(*core.value(), actor);
        QObject::connect(&window, &MainWindow::signOutRequested, &window, [&] {
            signedOut = true;
            window.close();
        });
        window.show();
        const int code = QApplication::exec();
        if (!signedOut) {
            return code;
        }
    }
}

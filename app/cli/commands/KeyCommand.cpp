#include "KeyCommand.h"

#include "security/RecoveryKit.h"
#include "services/ComputerAccess.h"

#include <QFile>
#include <QJsonObject>
#include <QSaveFile>

namespace warden {

QString KeyCommand::name() const
{
    return QStringLiteral("key");
}

QString KeyCommand::usage() const
{
    //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
    return tr("  key rotate [--confirm-otp CODE] | export --to FILE [--confirm-otp CODE] | import FILE [--name NAME]");
}

QList<QCommandLineOption> KeyCommand::options() const
{
    return valueOptions({QStringLiteral("to"), QStringLiteral("name"), QStringLiteral("confirm-otp")});
}

int KeyCommand::execute()
{
    return subcommand({{QStringLiteral("rotate"), [this] { return rotate(); }},
                       {QStringLiteral("export"), [this] { return exportKit(); }},
                       {QStringLiteral("import"), [this] { return importKit(); }}},
                      tr("key takes rotate, export or import."));
}

std::optional<QString> KeyCommand::passphrase(bool confirm)
{
    const QString given = qEnvironmentVariable("WARDEN_KIT_PASSPHRASE");
    if (!given.isEmpty()) {
        return given;
    }
    const QString typed = context().prompt(tr("Recovery kit passphrase: "), true);
    if (confirm && context().prompt(tr("The passphrase again: "), true) != typed) {
        return std::nullopt;
    }
    return typed;
}

int KeyCommand::rotate()
{
    if (const int ready = openAndSignIn(); ready != CliExit::Ok) {
        return ready;
    }
    const auto [password, code] = confirmation();
    const Status done = core().computers().rotateKey(actor(), password, code);
    if (!done) {
        return fail(done.refusal());
    }
    print(QJsonObject {{QStringLiteral("rotated"), true}},
          tr("The database key was rotated; every approved computer takes the new key up at its next start or "
             "sign-in."));
    return CliExit::Ok;
}

int KeyCommand::exportKit()
{
    const auto path = option(QStringLiteral("to"));
    if (!path || path->isEmpty()) {
        return usageError(tr("Say where the recovery kit goes: --to FILE."));
    }
    if (const int ready = openAndSignIn(); ready != CliExit::Ok) {
        return ready;
    }
    if (auto allowed = core().computers().mayHoldKey(actor()); !allowed) {
        return fail(allowed.refusal());
    }
    const auto secret = passphrase(true);
    if (!secret) {
        return fail(Refusal {Refusal::Kind::BadInput, tr("The two passphrases differ; nothing was written.")});
    }
    const auto [password, code] = confirmation();
    QSaveFile file(*path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(Refusal {Refusal::Kind::BadInput,
                             tr("Cannot write the recovery kit to %1: %2").arg(*path, file.errorString())});
    }
    auto kit = core().computers().exportRecoveryKit(actor(), password, code, *secret);
    if (!kit) {
        file.cancelWriting();
        return fail(kit.refusal());
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(kit.value()) != kit.value().size() || !file.commit()) {
        return fail(Refusal {Refusal::Kind::Storage,
                             tr("Cannot write the recovery kit to %1: %2").arg(*path, file.errorString())});
    }
    print(QJsonObject {{QStringLiteral("file"), *path}},
          tr("Recovery kit written to %1. Keep it and its passphrase apart, somewhere safe and offline.").arg(*path));
    return CliExit::Ok;
}

int KeyCommand::importKit()
{
    const QString path = takePositional();
    if (path.isEmpty()) {
        return usageError(tr("Name the recovery kit file: key import FILE."));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(
            Refusal {Refusal::Kind::BadInput, tr("Cannot read the recovery kit %1: %2").arg(path, file.errorString())});
    }
    const QByteArray kit = file.read(1 << 20);
    if (const int opened = context().openDatabase(); opened != CliExit::Ok) {
        return opened;
    }
    const auto secret = passphrase(false);
    const Status done =
        ComputerAccess(context().database(), Keychain())
            .importRecoveryKit(kit, secret.value_or(QString()), option(QStringLiteral("name")).value_or(QString()));
    if (!done) {
        return fail(done.refusal());
    }
    print(QJsonObject {{QStringLiteral("restored"), true}},
          tr("The database key was restored to this computer's keychain; this computer is listed as approved by "
             "recovery kit. Sign in with your password and a one-time code."));
    return CliExit::Ok;
}

} // namespace warden

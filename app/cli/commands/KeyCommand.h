#pragma once

#include "CliCommand.h"

namespace warden {

/// `wardenctl key`: the database key — rotate it, export a passphrase-protected recovery kit,
/// and restore the key from one on a computer that does not hold it.
class KeyCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(KeyCommand)

public:
    QString name() const override;
    QString usage() const override;
    /// `key import` runs on a computer without the key; the others sign in.
    Needs needs() const override { return Needs::Nothing; }
    QList<QCommandLineOption> options() const override;

protected:
    int execute() override;

private:
    int rotate();
    int exportKit();
    int importKit();
    /// The kit's passphrase: WARDEN_KIT_PASSPHRASE or a prompt (twice when `confirm`).
    std::optional<QString> passphrase(bool confirm);
};

} // namespace warden

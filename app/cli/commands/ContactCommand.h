#pragma once

#include "CliCommand.h"

namespace warden {

/// `wardenctl contact`: an account's contacts, who approve change requests when Director level or higher.
class ContactCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ContactCommand)

public:
    QString name() const override;
    QString usage() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute() override;

private:
    int list(const QList<AccountContact>& contacts);
    int set(const Account& account, const QList<AccountContact>& contacts);
    int remove(const QList<AccountContact>& contacts);
};

} // namespace warden

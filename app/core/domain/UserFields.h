#pragma once

#include <QCoreApplication>
#include <QString>

namespace warden {

/// The one rule for the fields of a directory user, whichever path writes them (Add User, CSV
/// import, Set UPN, Change Primary Address, directory sync): a valid primary SMTP address, and a
/// display name and UPN of at most kMaxLength characters.
class UserFields
{
    Q_DECLARE_TR_FUNCTIONS(UserFields)

public:
    static constexpr int kMaxLength = 256;

    /// What is wrong with these fields, as a sentence naming the address; empty when nothing is.
    static QString problem(const QString& email, const QString& displayName, const QString& upn);
};

} // namespace warden

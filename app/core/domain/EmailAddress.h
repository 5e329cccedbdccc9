#pragma once

#include <QString>

namespace warden {

/// Syntax checks for primary SMTP addresses and domain names (a practical subset of RFC 5321:
/// dot-atom local part, LDH domain labels, at least two labels; no quoted local parts).
class EmailAddress
{
public:
    static bool isValid(const QString& address);
    static bool isValidDomain(const QString& domain);
    static QString domainOf(const QString& address);
};

} // namespace warden

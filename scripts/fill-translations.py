#!/usr/bin/env python3
"""Writes the translations of scripts/translations_data.py into translations/warden_*.ts.

Run after lupdate (cmake --build build --target update_translations). Exits 1 and lists the
source texts that have no translation yet, so a new string cannot ship untranslated.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from translations_data import T  # noqa: E402

USAGE_PREFIX = 'Usage: wardenctl'
USAGE = {
    'de': [('Usage:', 'Aufruf:'), ('Commands:', 'Befehle:'),
           ('print the current code for a base32 secret (like oathtool)', 'aktuellen Code zu einem Base32-Geheimnis ausgeben (wie oathtool)'),
           ('print the current code of a demo administrator (secret from the keychain)', 'aktuellen Code eines Demo-Administrators ausgeben (Geheimnis aus dem Schlüsselbund)'),
           ('The password comes from WARDEN_PASSWORD or a prompt; the one-time code from --otp or a prompt.',
            'Das Passwort kommt aus WARDEN_PASSWORD oder einer Abfrage, der Einmalcode aus --otp oder einer Abfrage.'),
           ('Exit codes: 0 ok, 1 refused (permission, sign-in, change request needed, or a rule such as the last\n'
            'Super Administrator), 2 bad input, 3 storage or keychain error, 4 health failing.',
            'Rückgabewerte: 0 ok, 1 abgelehnt (Berechtigung, Anmeldung, Änderungsantrag nötig oder eine Regel wie der\n'
            'letzte Super-Administrator), 2 ungültige Eingabe, 3 Speicher- oder Schlüsselbundfehler, 4 Zustand fehlerhaft.'),
           ('first sign-in with a temporary password: set your own (WARDEN_NEW_PASSWORD or\n'
            '           prompted twice) and enroll an authenticator app (QR code, then --otp or a prompt)',
            'erste Anmeldung mit einem temporären Passwort: eigenes setzen (WARDEN_NEW_PASSWORD oder\n'
            '           zweimal abgefragt) und eine Authenticator-App einrichten (QR-Code, dann --otp oder Abfrage)')],
    'fr': [('Usage:', 'Utilisation :'), ('Commands:', 'Commandes :'),
           ('print the current code for a base32 secret (like oathtool)', 'affiche le code actuel d’un secret base32 (comme oathtool)'),
           ('print the current code of a demo administrator (secret from the keychain)', 'affiche le code actuel d’un administrateur de démonstration (secret du trousseau)'),
           ('The password comes from WARDEN_PASSWORD or a prompt; the one-time code from --otp or a prompt.',
            'Le mot de passe vient de WARDEN_PASSWORD ou d’une invite ; le code à usage unique de --otp ou d’une invite.'),
           ('Exit codes: 0 ok, 1 refused (permission, sign-in, change request needed, or a rule such as the last\n'
            'Super Administrator), 2 bad input, 3 storage or keychain error, 4 health failing.',
            'Codes de sortie : 0 ok, 1 refusé (permission, connexion, demande de changement requise ou une règle comme le\n'
            'dernier super-administrateur), 2 entrée invalide, 3 erreur de stockage ou de trousseau, 4 santé en échec.'),
           ('first sign-in with a temporary password: set your own (WARDEN_NEW_PASSWORD or\n'
            '           prompted twice) and enroll an authenticator app (QR code, then --otp or a prompt)',
            'première connexion avec un mot de passe temporaire : choisir le sien (WARDEN_NEW_PASSWORD ou\n'
            '           demandé deux fois) et inscrire une application d’authentification (code QR, puis --otp ou invite)')],
}


def translation_for(language, source, numerus):
    if source.startswith(USAGE_PREFIX) and language in USAGE:
        text = source
        for english, translated in USAGE[language]:
            text = text.replace(english, translated)
        return text
    if source.startswith(USAGE_PREFIX) and language == 'en':
        return source
    entry = T.get(source)
    if entry is None:
        return None
    if language == 'en':
        if numerus:
            return entry[2] if len(entry) > 2 else None
        return source
    value = entry[0] if language == 'de' else entry[1]
    if numerus and not isinstance(value, list):
        return None
    return value


def fill(path):
    language = path.stem.split('_')[-1]
    tree = ET.parse(path)
    root = tree.getroot()
    root.set('language', {'en': 'en_US', 'de': 'de_DE', 'fr': 'fr_FR'}[language])
    root.set('sourcelanguage', 'en_US')
    missing = []
    for message in root.iter('message'):
        source = message.find('source').text or ''
        numerus = message.get('numerus') == 'yes'
        value = translation_for(language, source, numerus)
        element = message.find('translation')
        if value is None:
            missing.append(source)
            continue
        element.attrib.pop('type', None)
        if numerus:
            for child in list(element):
                element.remove(child)
            element.text = None
            for form in value:
                ET.SubElement(element, 'numerusform').text = form
        else:
            element.text = value
    tree.write(path, encoding='utf-8', xml_declaration=True)
    return missing


def main():
    folder = Path(__file__).resolve().parent.parent / 'translations'
    problems = 0
    for path in sorted(folder.glob('warden_*.ts')):
        for source in fill(path):
            problems += 1
            print(f'{path.name}: no translation for {source!r}')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())

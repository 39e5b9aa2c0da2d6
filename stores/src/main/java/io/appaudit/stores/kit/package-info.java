/**
 * The stores toolkit: every rule the store packages share, written once (package names, reply triage, APK file
 * names, JSON paths, query strings and page numbers, printed counts, dates, sizes, filing numbers, HTML fragments
 * and their plain text, links and http(s) URLs, store text). Not an API: its classes are public only so that the
 * store packages and the root model types can reach them; outside the stores module, {@code QueryParams} (the
 * crawler's replay export) and {@code FilingNumbers} (the indexer's listing text checks) are used so that those
 * rules are not written a second time.
 */
package io.appaudit.stores.kit;

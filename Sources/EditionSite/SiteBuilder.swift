/// Placeholder: the site helper replaces this file.
public enum SiteBuilder {}

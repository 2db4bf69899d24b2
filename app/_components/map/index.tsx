'use client';

import { lazy, Suspense, useEffect, useRef, useState, type Ref } from 'react';
import { useTranslations } from 'next-intl';
import type { AtlasMapProps } from './atlas-map';

/**
 * The map, loaded only in the browser, only on pages that use it (maplibre-gl stays out of every
 * other page's JavaScript), and only once its place on the page comes near the screen: on a phone
 * the front page's and a profile's maps sit below the first screen, and starting maplibre there
 * held the main thread while the page was first read (issue 18). Until then, and while the map's
 * code loads, a box of the map's own size holds its place, so nothing moves when it starts.
 */
const LoadedMap = lazy(() => import('./atlas-map'));

/** How far outside the screen a map starts: none, it starts as it scrolls into view. */
const START_MARGIN = '0px';

function MapPlaceholder({ mode, placeholderRef }: { mode: AtlasMapProps['mode']; placeholderRef?: Ref<HTMLDivElement> }) {
  const t = useTranslations('map');
  return (
    <div ref={placeholderRef} className={`atlas-map atlas-map-${mode}`}>
      <div className="atlas-map-canvas map-placeholder">
        <p className="map-loading">{t('loading')}</p>
      </div>
    </div>
  );
}

export function AtlasMap(props: AtlasMapProps) {
  const placeholder = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = placeholder.current;
    if (near || !element) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        setNear(true);
        observer.disconnect();
      }
    }, { rootMargin: START_MARGIN });
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  if (!near) return <MapPlaceholder mode={props.mode} placeholderRef={placeholder} />;
  return (
    <Suspense fallback={<MapPlaceholder mode={props.mode} />}>
      <LoadedMap {...props} />
    </Suspense>
  );
}
export type { AtlasMapProps, MapView } from './atlas-map';
